//! Background jobs shared by several instances: a due run is claimed by exactly one of them.

mod common;

use guichet_portal::store::{jobs, Db};

#[tokio::test]
async fn a_due_job_is_claimed_once_however_many_instances_ask_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let url = common::database_url(dir.path(), "jobs.db").await;
    // Four instances, each with its own pool on the same database.
    let mut instances = Vec::new();
    for _ in 0..4 {
        instances.push(Db::connect(&url).await.unwrap());
    }
    let claims = futures_util::future::join_all(instances.iter().map(|db| jobs::claim(db, "sweep", 1_000, 1_300))).await;
    assert_eq!(claims.iter().filter(|c| *c.as_ref().unwrap()).count(), 1, "{claims:?}");
    assert!(!jobs::claim(&instances[1], "sweep", 1_299, 1_599).await.unwrap(), "not due before its time");
    assert!(jobs::claim(&instances[2], "sweep", 1_300, 1_600).await.unwrap(), "due again at its time");
    assert!(jobs::claim(&instances[3], "another", 1_300, 1_600).await.unwrap(), "each job has its own time");
}
