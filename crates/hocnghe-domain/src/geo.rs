//! Great-circle distance between commune centroids.

const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Haversine distance in kilometres between two WGS84 points.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let d_phi = (lat2 - lat1).to_radians();
    let d_lambda = (lon2 - lon1).to_radians();
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hoan_kiem_to_ba_vi_is_about_47_km() {
        let d = haversine_km(21.032025, 105.850448, 21.1, 105.4);
        assert!((d - 47.4).abs() < 1.0, "{d}");
    }

    #[test]
    fn same_point_is_zero() {
        assert_eq!(haversine_km(21.0, 105.8, 21.0, 105.8), 0.0);
    }
}
