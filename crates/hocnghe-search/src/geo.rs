//! Commune centroids and great-circle distances between them.

use std::collections::HashMap;

const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Looks up commune centroids by their 5-digit code. Radius filters are computed
/// from this table (centroid to centroid), so they are exact and cheap.
#[derive(Debug, Clone, Default)]
pub struct CommuneLocator {
    centroids: HashMap<String, (f64, f64)>,
    /// Folded names of two or more syllables ("gia lam") → (code, name), for
    /// place names typed in a query.
    names: HashMap<String, (String, String)>,
}

impl CommuneLocator {
    /// Builds the locator from `(code, lat, lon)` rows, in degrees (WGS84).
    pub fn new(communes: Vec<(String, f64, f64)>) -> Self {
        let centroids = communes
            .into_iter()
            .map(|(code, lat, lon)| (code, (lat, lon)))
            .collect();
        CommuneLocator {
            centroids,
            names: HashMap::new(),
        }
    }

    /// Adds the communes' names from `(code, name)` rows, so that a query can
    /// name a place ("sửa điện thoại ở Gia Lâm"). One-syllable names are left
    /// out: they collide with everyday words.
    #[must_use]
    pub fn with_names(mut self, names: impl IntoIterator<Item = (String, String)>) -> Self {
        for (code, name) in names {
            let normalised = crate::normalize_text(&name);
            let syllables: Vec<String> = normalised
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(crate::analyzers::fold)
                .collect();
            let key = syllables.join(" ");
            if syllables.len() >= 2 && self.centroids.contains_key(&code) {
                self.names.insert(key, (code, name));
            }
        }
        self
    }

    /// The commune whose folded name is these syllables ("gia", "lam"), with
    /// its name.
    pub fn by_name(&self, folded: &[&str]) -> Option<(&str, &str)> {
        if folded.len() < 2 {
            return None;
        }
        self.names
            .get(&folded.join(" "))
            .map(|(code, name)| (code.as_str(), name.as_str()))
    }

    pub fn contains(&self, code: &str) -> bool {
        self.centroids.contains_key(code)
    }

    pub fn len(&self) -> usize {
        self.centroids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.centroids.is_empty()
    }

    /// Haversine distance between two communes' centroids; `None` if either is unknown.
    pub fn distance_km(&self, a: &str, b: &str) -> Option<f64> {
        let from = self.centroids.get(a)?;
        let to = self.centroids.get(b)?;
        Some(haversine_km(*from, *to))
    }

    /// Codes of every commune whose centroid is within `radius_km` of `code`'s centroid,
    /// `code` itself included, sorted. `None` if `code` is unknown.
    pub fn within(&self, code: &str, radius_km: f64) -> Option<Vec<String>> {
        let origin = *self.centroids.get(code)?;
        let mut codes: Vec<String> = self
            .centroids
            .iter()
            .filter(|(_, at)| haversine_km(origin, **at) <= radius_km)
            .map(|(code, _)| code.clone())
            .collect();
        codes.sort_unstable();
        Some(codes)
    }

    /// Distance from `code` to every known commune.
    pub fn distances_from(&self, code: &str) -> Option<HashMap<&str, f64>> {
        let origin = *self.centroids.get(code)?;
        Some(
            self.centroids
                .iter()
                .map(|(c, at)| (c.as_str(), haversine_km(origin, *at)))
                .collect(),
        )
    }
}

fn haversine_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let d_phi = (lat2 - lat1).to_radians();
    let d_lambda = (lon2 - lon1).to_radians();
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locator() -> CommuneLocator {
        CommuneLocator::new(vec![
            ("00004".into(), 21.03853, 105.838061),  // Ba Đình
            ("00070".into(), 21.032025, 105.850448), // Hoàn Kiếm
            ("09000".into(), 21.18, 105.70),         // somewhere north-west
            ("hcm".into(), 10.776889, 106.700806),   // Ho Chi Minh City
        ])
    }

    #[test]
    fn haversine_matches_a_known_distance() {
        // One degree of latitude is 111.195 km on the mean-radius sphere; a quarter of
        // the equator is 10,007.56 km; Hanoi to Ho Chi Minh City is about 1,140 km.
        assert!((haversine_km((0.0, 0.0), (1.0, 0.0)) - 111.195).abs() < 0.001);
        assert!((haversine_km((0.0, 0.0), (0.0, 90.0)) - 10_007.557).abs() < 0.01);
        let d = haversine_km((21.0285, 105.8542), (10.776889, 106.700806));
        assert!((d - 1140.0).abs() < 10.0, "{d}");
        let d = locator().distance_km("00004", "00070").unwrap();
        assert!((d - 1.49).abs() < 0.05, "{d}");
    }

    #[test]
    fn within_includes_the_origin_and_nearby_communes_only() {
        let l = locator();
        assert_eq!(l.within("00004", 0.0).unwrap(), ["00004"]);
        assert_eq!(l.within("00004", 5.0).unwrap(), ["00004", "00070"]);
        assert_eq!(
            l.within("00004", 30.0).unwrap(),
            ["00004", "00070", "09000"]
        );
        assert!(l.within("99999", 5.0).is_none());
        assert!(l.distance_km("00004", "99999").is_none());
        assert!(l.contains("00070") && !l.contains("x"));
    }
}
