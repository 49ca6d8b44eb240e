//! Postcode → municipality lookup from swisstopo's official directory of localities. The table is
//! derived by `scripts/places-table` and compiled into the binary, so it needs no database.

use guichet_model::api::Place;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../../data/places.csv");

static PLACES: LazyLock<Places> = LazyLock::new(|| Places::parse(TABLE));

/// The table, parsed on first use.
pub fn places() -> &'static Places {
    &PLACES
}

pub struct Places {
    /// Sorted by postcode, so one postcode's rows are one slice found by binary search.
    rows: Vec<Place>,
    /// BFS number → one of its rows (they all carry the same name and canton).
    by_bfs: BTreeMap<u32, usize>,
}

impl Places {
    /// The table is ours and tested, so a malformed row is a build mistake: panic, loudly.
    fn parse(table: &str) -> Places {
        let mut rows: Vec<Place> = table
            .lines()
            .filter(|line| !line.starts_with('#'))
            .skip(1) // the header
            .map(|line| {
                let fields: Vec<&str> = line.split(';').collect();
                let [postcode, locality, municipality, bfs, canton] = fields[..] else {
                    panic!("places.csv: malformed row {line:?}");
                };
                Place {
                    postcode: postcode.into(),
                    locality: locality.into(),
                    municipality: municipality.into(),
                    bfs_number: bfs.parse().unwrap_or_else(|_| panic!("places.csv: bad BFS number in {line:?}")),
                    canton: canton.into(),
                }
            })
            .collect();
        // Stable: within a postcode the table's order (municipality, locality) stays.
        rows.sort_by(|a, b| a.postcode.cmp(&b.postcode));
        let by_bfs = rows.iter().enumerate().map(|(i, place)| (place.bfs_number, i)).collect();
        Places { rows, by_bfs }
    }

    fn rows_of(&self, postcode: &str) -> &[Place] {
        let start = self.rows.partition_point(|p| p.postcode.as_str() < postcode);
        let len = self.rows[start..].partition_point(|p| p.postcode == postcode);
        &self.rows[start..start + len]
    }

    /// Every locality of `postcode`, by municipality then locality; empty when unknown.
    pub fn lookup(&self, postcode: &str) -> Vec<Place> {
        self.rows_of(postcode).to_vec()
    }

    /// The distinct BFS numbers of the municipalities `postcode` spans, ascending.
    pub fn municipalities(&self, postcode: &str) -> Vec<u32> {
        let mut numbers: Vec<u32> = self.rows_of(postcode).iter().map(|p| p.bfs_number).collect();
        numbers.sort_unstable();
        numbers.dedup();
        numbers
    }

    pub fn municipality_name(&self, bfs: u32) -> Option<&str> {
        self.by_bfs.get(&bfs).map(|&i| self.rows[i].municipality.as_str())
    }

    pub fn canton_of(&self, bfs: u32) -> Option<&str> {
        self.by_bfs.get(&bfs).map(|&i| self.rows[i].canton.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guichet_model::swiss;

    fn named(postcode: &str) -> Vec<(u32, String, String)> {
        let p = places();
        p.municipalities(postcode).into_iter().map(|bfs| (bfs, p.municipality_name(bfs).unwrap().to_owned(), p.canton_of(bfs).unwrap().to_owned())).collect()
    }

    #[test]
    fn a_postcode_can_span_several_municipalities() {
        let lu = |bfs, name: &str| (bfs, name.to_owned(), "LU".to_owned());
        assert_eq!(named("6005"), [lu(1058, "Horw"), lu(1059, "Kriens"), lu(1061, "Luzern")]);
        let localities: Vec<String> = places().lookup("6005").into_iter().map(|p| p.locality).collect();
        assert_eq!(localities, ["Luzern", "St. Niklausen LU", "Luzern", "Luzern"]);
    }

    #[test]
    fn the_demo_accounts_places_are_found() {
        // The official directory also puts parts of Ebikon under 6004.
        assert!(named("6004").contains(&(1061, "Luzern".into(), "LU".into())));
        assert!(named("1700").contains(&(2196, "Fribourg".into(), "FR".into())));
        assert_eq!(named("7742"), [(3561, "Poschiavo".into(), "GR".into())]);
        let poschiavo = places().lookup("7742");
        assert!(poschiavo.iter().any(|p| p.locality == "Sfazù"), "{poschiavo:?}");
    }

    #[test]
    fn unknown_postcodes_and_numbers_give_nothing() {
        assert!(places().lookup("0000").is_empty());
        assert!(places().municipalities("0000").is_empty());
        assert!(places().lookup("").is_empty());
        assert_eq!(places().municipality_name(0), None);
        assert_eq!(places().canton_of(99_999), None);
    }

    #[test]
    fn names_and_cantons_by_bfs_number() {
        assert_eq!(places().municipality_name(1059), Some("Kriens"));
        assert_eq!(places().canton_of(1059), Some("LU"));
        assert_eq!(places().municipality_name(261), Some("Zürich"));
        assert_eq!(places().canton_of(2196), Some("FR"));
    }

    #[test]
    fn the_table_is_swiss_only_well_formed_and_cites_its_source() {
        assert!(TABLE.starts_with("# Source: Federal Office of Topography swisstopo, official directory of localities"));
        let rows = &places().rows;
        assert!(rows.len() > 5_000, "{}", rows.len());
        for p in rows {
            assert!(swiss::postcode_is_well_formed(&p.postcode) && p.postcode.trim() == p.postcode, "{p:?}");
            assert!(p.canton.len() == 2 && p.canton.bytes().all(|b| b.is_ascii_uppercase()), "{p:?}");
            assert!(!p.locality.is_empty() && !p.municipality.is_empty() && p.bfs_number > 0, "{p:?}");
        }
        // Vaduz (FL) is in the official file but is not a Swiss municipality.
        assert!(places().lookup("9490").is_empty());
        assert_eq!(places().municipality_name(7001), None);
    }
}
