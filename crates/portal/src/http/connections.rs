//! Who may hold the portal's connections and API slots, so that no client can starve the
//! others: a cap on open connections in total and per client, a time limit on a request's
//! headers (which also closes idle keep-alive connections), and for the API a cap on requests
//! in flight per client plus a bounded wait for one of the shared slots. Static files and the
//! app never wait for an API slot.
//!
//! A client is its address, IPv6 grouped by /64 (one household or machine gets a /64, so a
//! single attacker could otherwise take 2^64 addresses). These counts are about this process's
//! own sockets and memory, so they live in memory: each instance guards itself.

use super::extract::ClientAddress;
use crate::config::Limits;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use guichet_model::problem::ErrorCode;
use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;

/// The address that stands for a client: itself for IPv4, its /64 for IPv6 (an IPv4 address
/// mapped into IPv6 counts as the IPv4 address).
pub fn client_group(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// Counts per client and in total, each taken by a guard that gives its place back on drop.
#[derive(Default)]
struct Counts {
    total: usize,
    per_client: HashMap<IpAddr, usize>,
}

struct Counter {
    counts: Mutex<Counts>,
    total_max: usize,
    client_max: Option<usize>,
}

impl Counter {
    fn new(total_max: usize, client_max: Option<usize>) -> Arc<Counter> {
        Arc::new(Counter { counts: Mutex::default(), total_max, client_max })
    }

    /// A place for `client`, or why not: `Err(true)` when the client's own cap is reached,
    /// `Err(false)` when the total one is.
    fn take(self: &Arc<Self>, client: IpAddr) -> Result<Place, bool> {
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        let mine = counts.per_client.get(&client).copied().unwrap_or(0);
        if self.client_max.is_some_and(|max| mine >= max) {
            return Err(true);
        }
        if counts.total >= self.total_max {
            return Err(false);
        }
        counts.total += 1;
        *counts.per_client.entry(client).or_default() += 1;
        Ok(Place { counter: self.clone(), client })
    }
}

struct Place {
    counter: Arc<Counter>,
    client: IpAddr,
}

impl Drop for Place {
    fn drop(&mut self) {
        let mut counts = self.counter.counts.lock().unwrap_or_else(|e| e.into_inner());
        counts.total -= 1;
        if let Some(n) = counts.per_client.get_mut(&self.client) {
            *n -= 1;
            if *n == 0 {
                counts.per_client.remove(&self.client);
            }
        }
    }
}

/// The API's share of the portal: requests in flight per client and shared slots.
pub struct ApiAdmission {
    in_flight: Arc<Counter>,
    slots: Arc<tokio::sync::Semaphore>,
    wait: Duration,
}

impl ApiAdmission {
    pub fn new(limits: &Limits) -> ApiAdmission {
        ApiAdmission {
            // The total here is the slots' business; this counter only bounds each client.
            in_flight: Counter::new(usize::MAX, Some(limits.requests_per_client.max(1))),
            slots: Arc::new(tokio::sync::Semaphore::new(limits.api_slots.max(1))),
            wait: Duration::from_millis(limits.api_slot_wait_ms),
        }
    }
}

/// Lets an API request in when its client has room and a slot frees within the wait: a client
/// over its share gets 429, a full portal 503, both with `Retry-After`, at once rather than
/// after a queue.
pub async fn admit_api(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let address = ClientAddress::of(&state.config, request.headers(), request.extensions());
    let client = address.0.parse::<IpAddr>().map(client_group).unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    let Ok(_place) = state.api_admission.in_flight.take(client) else {
        tracing::warn!(target: "security", event = "client-over-share", client = %client, "refused an API request: the client has too many in flight");
        return ApiError::new(ErrorCode::RateLimited, "Too many requests at once from this client").retry_after(1).into_response();
    };
    let Ok(Ok(_slot)) = tokio::time::timeout(state.api_admission.wait, state.api_admission.slots.clone().acquire_owned()).await else {
        tracing::warn!("refused an API request: every slot stayed busy for the whole wait");
        return ApiError::new(ErrorCode::Busy, "The portal is busy").retry_after(2).into_response();
    };
    next.run(request).await
}

/// Serves HTTP/1.1 on `listener` until `shutdown` resolves, then takes no more connections and
/// lets open requests finish for up to `GUICHET_SHUTDOWN_GRACE_SECS`. Connections over the total or the client's cap are closed as they
/// arrive, before a byte is read.
pub async fn serve_until(listener: TcpListener, state: AppState, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;
    let limits = state.config.limits.clone();
    let behind_proxy = state.config.trusted_proxy_header.is_some();
    let connections = Counter::new(limits.connections.max(1), (!behind_proxy).then_some(limits.connections_per_client.max(1)));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(Duration::from_secs(limits.header_timeout_secs.max(1)));
    let app = crate::router(state);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    // Which clients were told they are over their cap, so a flood logs one line, not one per try.
    let mut refused_lately: Option<IpAddr> = None;
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, most likely: pause instead of spinning.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let client = client_group(peer.ip());
        let place = match connections.take(client) {
            Ok(place) => place,
            Err(own_cap) => {
                if refused_lately != Some(client) {
                    tracing::warn!(target: "security", event = "connection-refused", client = %client, own_cap, "closed a connection over the cap");
                    refused_lately = Some(client);
                }
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
            app.clone().oneshot(request)
        });
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "a connection ended with an error");
            }
            drop(place);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(Duration::from_secs(limits.shutdown_grace_secs)) => tracing::info!("stopped with requests still open"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_grouped_by_their_64_prefix() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:1:2:3".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_group(a), client_group(b));
        assert_ne!(client_group(a), client_group(c));
        assert_eq!(client_group("::ffff:192.0.2.7".parse().unwrap()), "192.0.2.7".parse::<IpAddr>().unwrap());
        assert_eq!(client_group("192.0.2.7".parse().unwrap()), "192.0.2.7".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn places_are_capped_per_client_and_in_total_and_given_back() {
        let counter = Counter::new(3, Some(2));
        let one: IpAddr = "192.0.2.1".parse().unwrap();
        let two: IpAddr = "192.0.2.2".parse().unwrap();
        let a = counter.take(one).unwrap();
        let _b = counter.take(one).unwrap();
        assert_eq!(counter.take(one).err(), Some(true), "the client's own cap");
        let _c = counter.take(two).unwrap();
        assert_eq!(counter.take(two).err(), Some(false), "the total cap");
        drop(a);
        assert!(counter.take(two).is_ok(), "a place given back is free again");
    }
}
