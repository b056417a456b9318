//! Hanoi's communes drawn as SVG on the server, shaded by a number per
//! commune. The outlines are parsed once from the shipped GeoJSON.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::OnceLock;

use serde::Deserialize;

const GEOJSON: &str = include_str!("../../../../data/hanoi_communes.geojson");
const WIDTH: f64 = 1000.0;

#[derive(Deserialize)]
struct Collection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Properties {
    code: String,
    name: String,
}

#[derive(Deserialize)]
struct Geometry {
    coordinates: Vec<Vec<[f64; 2]>>,
}

/// One commune outline as an SVG path in map units.
struct Outline {
    code: String,
    name: String,
    path: String,
}

struct Shapes {
    outlines: Vec<Outline>,
    height: f64,
}

/// Equirectangular projection scaled by the cosine of Hanoi's latitude, so
/// shapes are not stretched east–west.
fn shapes() -> &'static Shapes {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| {
        let collection: Collection = serde_json::from_str(GEOJSON).unwrap_or(Collection {
            features: Vec::new(),
        });
        let points = collection
            .features
            .iter()
            .flat_map(|f| f.geometry.coordinates.iter().flatten());
        let (mut min_lon, mut max_lon, mut min_lat, mut max_lat) =
            (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for [lon, lat] in points {
            min_lon = min_lon.min(*lon);
            max_lon = max_lon.max(*lon);
            min_lat = min_lat.min(*lat);
            max_lat = max_lat.max(*lat);
        }
        let squash = ((min_lat + max_lat) / 2.0).to_radians().cos();
        let scale = WIDTH / ((max_lon - min_lon) * squash).max(f64::EPSILON);
        let outlines = collection
            .features
            .into_iter()
            .map(|f| {
                let mut path = String::new();
                for ring in &f.geometry.coordinates {
                    for (i, [lon, lat]) in ring.iter().enumerate() {
                        let x = (lon - min_lon) * squash * scale;
                        let y = (max_lat - lat) * scale;
                        let _ = write!(path, "{}{:.0} {:.0}", if i == 0 { "M" } else { "L" }, x, y);
                    }
                    path.push('Z');
                }
                Outline {
                    code: f.properties.code,
                    name: f.properties.name,
                    path,
                }
            })
            .collect();
        Shapes {
            outlines,
            height: ((max_lat - min_lat) * scale).ceil(),
        }
    })
}

/// Colour classes from none to many.
const COLOURS: [&str; 6] = [
    "#e7ebe8", "#d3ecd9", "#9fd3ae", "#5fb17b", "#2f8a52", "#0b5a2f",
];

pub struct Legend {
    pub colour: &'static str,
    pub label: String,
}

/// Class boundaries at quantiles of the non-zero values.
fn thresholds(values: &HashMap<String, i64>) -> Vec<i64> {
    let mut positive: Vec<i64> = values.values().copied().filter(|v| *v > 0).collect();
    positive.sort_unstable();
    if positive.is_empty() {
        return Vec::new();
    }
    let mut bounds: Vec<i64> = (1..5)
        .map(|q| positive[(positive.len() * q / 5).min(positive.len() - 1)])
        .collect();
    bounds.dedup();
    bounds
}

fn class_of(value: i64, bounds: &[i64]) -> usize {
    if value <= 0 {
        return 0;
    }
    1 + bounds.iter().filter(|b| value > **b).count()
}

/// The map as an inline SVG (with a title per commune and a link to its
/// jobs), and its legend.
pub fn render(
    values: &HashMap<String, i64>,
    unit_vi: &str,
    unit_en: &str,
    english: bool,
) -> (String, Vec<Legend>) {
    let shapes = shapes();
    let bounds = thresholds(values);
    let mut svg = String::with_capacity(64 * 1024);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:.0} {:.0}" role="img" aria-label="{}">"#,
        shapes.height,
        if english {
            "Map of Hanoi's communes"
        } else {
            "Bản đồ các xã, phường Hà Nội"
        }
    );
    for outline in &shapes.outlines {
        let value = values.get(&outline.code).copied().unwrap_or(0);
        let colour = COLOURS[class_of(value, &bounds).min(COLOURS.len() - 1)];
        let unit = if english { unit_en } else { unit_vi };
        let _ = write!(
            svg,
            r#"<a href="/jobs?commune={code}"><path d="{path}" fill="{colour}" data-code="{code}"><title>{name}: {value} {unit}</title></path></a>"#,
            code = outline.code,
            path = outline.path,
            name = super::html_escape(&outline.name),
            unit = super::html_escape(unit),
        );
    }
    svg.push_str("</svg>");

    let mut legend = vec![Legend {
        colour: COLOURS[0],
        label: "0".into(),
    }];
    let mut low = 1;
    for (i, bound) in bounds.iter().enumerate() {
        legend.push(Legend {
            colour: COLOURS[i + 1],
            label: format!("{low}–{bound}"),
        });
        low = bound + 1;
    }
    if !bounds.is_empty() || values.values().any(|v| *v > 0) {
        legend.push(Legend {
            colour: COLOURS[(bounds.len() + 1).min(5)],
            label: format!("≥ {low}"),
        });
    }
    (svg, legend)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_commune_is_drawn_and_shaded_by_its_value() {
        let values = HashMap::from([("00004".to_owned(), 120), ("09700".to_owned(), 3)]);
        let (svg, legend) = render(&values, "vị trí", "positions", false);
        assert_eq!(svg.matches("<path ").count(), 126);
        assert!(svg.contains("Phường Ba Đình: 120 vị trí"));
        assert!(
            svg.contains(r##"fill="#e7ebe8" data-code="00070""##),
            "a commune without positions is grey"
        );
        assert!(!svg.contains(r##"fill="#e7ebe8" data-code="00004""##));
        assert_eq!(legend[0].label, "0");
        assert!(svg.len() < 90_000, "{} bytes", svg.len());
    }

    #[test]
    fn classes_rise_with_values() {
        let values: HashMap<String, i64> = (1..=10).map(|i| (format!("{i:05}"), i * 10)).collect();
        let bounds = thresholds(&values);
        assert!(class_of(100, &bounds) > class_of(10, &bounds));
        assert_eq!(class_of(0, &bounds), 0);
    }
}
