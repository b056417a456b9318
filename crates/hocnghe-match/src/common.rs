//! Shared machinery: a fast deterministic hasher for lookups (never iterated
//! into results), the worker's held skills, demands near a point with their
//! wage factors, and top-k selection.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use chrono::NaiveDate;
use hocnghe_domain::EmploymentType;

use crate::index::{DemandFacts, Places};
use crate::model::{DemandCandidate, Evidence, HeldSkill, Location, WorkerContext};
use crate::weights;

/// The Fx hash (as used in rustc): a multiply-rotate over 8-byte words. Much
/// faster than SipHash on short skill codes; fine because keys are not
/// attacker-chosen in a way that matters for a per-request map.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // A multiply only carries a difference upwards, so codes that differ
        // in their last bytes ("…-giot-17", "…-giot-27") would share the low
        // bits (the bucket) and the top bits (the tag) without a final mix.
        // MurmurHash3's fmix64 spreads every bit to every bit.
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A skill or module code as a map key. Real codes are slugs of 20–50 bytes
/// ("lap-dat-he-thong-tuoi-nho-giot"), so hashing every byte dominates
/// lookups; this key hashes the length and three 8-byte windows (start,
/// middle, end) and compares in 8-byte words, all inline.
#[derive(Clone, Copy, Debug, Eq)]
pub(crate) struct Code<'a>(pub &'a str);

#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(w) => {
            let mut word = [0u8; 8];
            word.copy_from_slice(w);
            u64::from_le_bytes(word)
        }
        None => bytes
            .iter()
            .skip(at)
            .take(8)
            .enumerate()
            .fold(0, |acc, (i, b)| acc | (u64::from(*b) << (8 * i))),
    }
}

impl Hash for Code<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        let b = self.0.as_bytes();
        let n = b.len();
        state.write_u64(word(b, 0) ^ (n as u64).rotate_right(8));
        if n > 8 {
            state.write_u64(word(b, n / 2 - 4));
            state.write_u64(word(b, n - 8));
        }
    }
}

impl PartialEq for Code<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        let n = a.len();
        if n != b.len() {
            return false;
        }
        if n < 8 {
            return a == b;
        }
        let mut at = 0;
        while at + 8 <= n {
            if word(a, at) != word(b, at) {
                return false;
            }
            at += 8;
        }
        word(a, n - 8) == word(b, n - 8)
    }
}

pub(crate) type CodeMap<'a, V> = FxMap<Code<'a>, V>;

/// One bit per code length (lengths of 63 and more share the last bit): a
/// set of codes' lengths answers most "is it one of these?" questions
/// without reading the code's bytes, the costly part at scale.
#[inline]
pub(crate) fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

pub(crate) fn fx_map<K, V>(capacity: usize) -> FxMap<K, V> {
    FxMap::with_capacity_and_hasher(capacity, BuildHasherDefault::default())
}

/// A travel radius that is a usable number: negative or NaN means zero.
pub(crate) fn radius(km: f64) -> f64 {
    if km.is_finite() && km > 0.0 {
        km
    } else if km == f64::INFINITY {
        f64::MAX
    } else {
        0.0
    }
}

/// The skills a worker holds, with the best evidence for each. Skills of
/// completed modules count as certified.
pub(crate) fn held_skills<'a>(
    skills: &'a [HeldSkill],
    worker: Option<&'a WorkerContext>,
) -> CodeMap<'a, Evidence> {
    let mut held: CodeMap<'a, Evidence> = fx_map(skills.len() * 2);
    for s in skills {
        let e = held.entry(Code(&s.code)).or_insert(s.evidence);
        *e = (*e).max(s.evidence);
    }
    if let Some(worker) = worker {
        for m in &worker.completed_modules {
            for s in &m.skills {
                held.insert(Code(s), Evidence::Certified);
            }
        }
    }
    held
}

/// A demand near the worker: index into the caller's slice, distance, and
/// its wage relative to the local median.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Nearby {
    pub idx: usize,
    pub distance_km: f64,
    pub wage_factor: f64,
    /// The demand's positions, copied so that passes over nearby demands
    /// read them in order instead of from each demand.
    pub positions: i64,
    /// Its slot in the `RankingIndex` (the same as `idx` without one).
    pub slot: usize,
}

const KM_PER_DEGREE: f64 = 111.195;

/// A box that contains every point within `radius_km` of `origin` (with a
/// margin), to skip most great-circle computations. `None` when the radius is
/// too large for the box to be a safe bound.
struct BoundingBox {
    lat: (f64, f64),
    lon: (f64, f64),
}

impl BoundingBox {
    fn around(origin: Location, radius_km: f64) -> Option<Self> {
        if radius_km > 1_000.0 || !origin.lat.is_finite() || !origin.lon.is_finite() {
            return None;
        }
        let dlat = radius_km / KM_PER_DEGREE * 1.01 + 1e-6;
        let far_lat = origin.lat.abs() + dlat;
        if far_lat >= 80.0 {
            return None;
        }
        let dlon = radius_km / (KM_PER_DEGREE * far_lat.to_radians().cos()) * 1.01 + 1e-6;
        if origin.lon.abs() + dlon >= 180.0 {
            return None;
        }
        Some(Self {
            lat: (origin.lat - dlat, origin.lat + dlat),
            lon: (origin.lon - dlon, origin.lon + dlon),
        })
    }

    #[inline]
    fn contains(&self, p: Location) -> bool {
        p.lat >= self.lat.0 && p.lat <= self.lat.1 && p.lon >= self.lon.0 && p.lon <= self.lon.1
    }
}

/// Open demands within `radius_km` of `origin`, in input order, each with its
/// wage factor: wage midpoint ÷ median midpoint of these demands, clamped to
/// [`weights::WAGE_FACTOR_MIN`, `weights::WAGE_FACTOR_MAX`]; 1.0 when unknown.
pub(crate) fn nearby_demands(
    origin: Location,
    radius_km: f64,
    today: NaiveDate,
    demands: &[DemandCandidate],
) -> Vec<Nearby> {
    let bbox = BoundingBox::around(origin, radius_km);
    let mut out = Vec::new();
    let mut wages = Vec::new();
    for (idx, d) in demands.iter().enumerate() {
        if !d.is_open_on(today) || d.positions <= 0 {
            continue;
        }
        let at = d.location();
        if bbox.as_ref().is_some_and(|b| !b.contains(at)) {
            continue;
        }
        let distance_km = origin.distance_km(at);
        if distance_km > radius_km {
            continue;
        }
        if let Some(w) = d.wage_midpoint_vnd() {
            wages.push(w);
        }
        out.push(Nearby {
            idx,
            distance_km,
            wage_factor: 1.0,
            positions: d.positions,
            slot: idx,
        });
    }
    with_wage_factors(&mut out, &mut wages, |n| demands[n.idx].wage_midpoint_vnd());
    out
}

/// [`nearby_demands`] with the demands grouped by place: one distance per
/// place instead of one per demand. The same demands and factors, in place
/// order (nothing computed from them depends on their order).
pub(crate) fn nearby_demands_by_place(
    origin: Location,
    radius_km: f64,
    today: NaiveDate,
    facts: &[DemandFacts],
    places: &Places,
) -> Vec<Nearby> {
    let bbox = BoundingBox::around(origin, radius_km);
    let mut out = Vec::with_capacity(facts.len() / 2);
    let mut wages = Vec::with_capacity(facts.len() / 2);
    for (p, &at) in places.points.iter().enumerate() {
        if bbox.as_ref().is_some_and(|b| !b.contains(at)) {
            continue;
        }
        let distance_km = origin.distance_km(at);
        if distance_km > radius_km {
            continue;
        }
        let (from, to) = (places.starts[p] as usize, places.starts[p + 1] as usize);
        for (slot, &idx) in (from..to).zip(places.at(p)) {
            let idx = idx as usize;
            let d = &facts[slot];
            if !d.is_open_on(today) || d.positions <= 0 {
                continue;
            }
            if let Some(w) = d.wage_midpoint_vnd {
                wages.push(w);
            }
            out.push(Nearby {
                idx,
                distance_km,
                wage_factor: 1.0,
                positions: d.positions,
                slot,
            });
        }
    }
    with_wage_factors(&mut out, &mut wages, |n| facts[n.slot].wage_midpoint_vnd);
    out
}

/// Set each demand's wage factor from the median of `wages` (their midpoints).
fn with_wage_factors(
    out: &mut [Nearby],
    wages: &mut [f64],
    wage_of: impl Fn(&Nearby) -> Option<f64>,
) {
    if let Some(median) = median(wages) {
        for n in out {
            if let Some(w) = wage_of(n) {
                n.wage_factor = wage_factor(w, median);
            }
        }
    }
}

pub(crate) fn wage_factor(midpoint: f64, median: f64) -> f64 {
    (midpoint / median).clamp(weights::WAGE_FACTOR_MIN, weights::WAGE_FACTOR_MAX)
}

/// Median (mean of the two middle values for an even count); reorders `values`.
pub(crate) fn median(values: &mut [f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let (lower, upper, _) = values.select_nth_unstable_by(n / 2, f64::total_cmp);
    let upper = *upper;
    if n % 2 == 1 {
        Some(upper)
    } else {
        let below = lower
            .iter()
            .copied()
            .max_by(f64::total_cmp)
            .unwrap_or(upper);
        Some((below + upper) / 2.0)
    }
}

/// Keep the `k` best of `items` under `cmp` (best first), sorted.
pub(crate) fn top_k<T>(items: &mut Vec<T>, k: usize, cmp: impl Fn(&T, &T) -> Ordering) {
    if k == 0 {
        items.clear();
        return;
    }
    if items.len() > k {
        items.select_nth_unstable_by(k - 1, &cmp);
        items.truncate(k);
    }
    items.sort_by(cmp);
}

/// Scores are rounded to 1e-9 so that summation order can never decide a tie
/// (ties then fall to the id).
pub(crate) fn quantize(score: f64) -> f64 {
    if score.is_finite() {
        (score * 1e9).round() / 1e9
    } else {
        0.0
    }
}

/// Distances in results: one decimal, as shown to people.
pub(crate) fn round1(km: f64) -> f64 {
    (km * 10.0).round() / 10.0
}

/// Preference among employment types, 0–1 (a steady job first).
pub(crate) fn employment_preference(t: EmploymentType) -> f64 {
    match t {
        EmploymentType::Permanent => 1.0,
        EmploymentType::Contract => 0.75,
        EmploymentType::Seasonal => 0.5,
    }
}

/// Integer percentage, rounded down so that 100 means complete.
pub(crate) fn pct(held: usize, required: usize) -> u8 {
    (held.min(required) * 100)
        .checked_div(required)
        .map_or(100, |p| u8::try_from(p).unwrap_or(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_and_even() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn top_k_keeps_best_sorted() {
        let mut v = vec![5, 1, 4, 2, 3];
        top_k(&mut v, 3, |a, b| b.cmp(a));
        assert_eq!(v, vec![5, 4, 3]);
        let mut v = vec![1, 2];
        top_k(&mut v, 5, |a, b| b.cmp(a));
        assert_eq!(v, vec![2, 1]);
    }

    #[test]
    fn bounding_box_never_drops_a_point_inside_the_radius() {
        let origin = Location::new(21.2, 105.42);
        let radius_km = 30.0;
        let bbox = BoundingBox::around(origin, radius_km).unwrap();
        let mut state = 7_u64;
        for _ in 0..20_000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let a = (state >> 11) as f64 / (1u64 << 53) as f64;
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let b = (state >> 11) as f64 / (1u64 << 53) as f64;
            let p = Location::new(21.2 + (a - 0.5) * 0.7, 105.42 + (b - 0.5) * 0.7);
            if origin.distance_km(p) <= radius_km {
                assert!(bbox.contains(p), "{p:?}");
            }
        }
    }

    #[test]
    fn code_keys_compare_whole_strings() {
        use std::hash::BuildHasher;
        let build = BuildHasherDefault::<FxHasher>::default();
        let codes = [
            "",
            "a",
            "han-mig",
            "han-mig-",
            "lap-dat-he-thong-tuoi-nho-giot",
            "lap-dat-he-thong-tuoi-nho-giox",
            "lap-dat-he-thong-tuoi-nho-giot-2",
            "lap-dat-hX-thong-tuoi-nho-giot",
        ];
        for a in codes {
            for b in codes {
                assert_eq!(Code(a) == Code(b), a == b, "{a:?} {b:?}");
                if a == b {
                    assert_eq!(build.hash_one(Code(a)), build.hash_one(Code(b)));
                }
            }
        }
        // Codes that differ only at the end land in different buckets.
        let buckets: std::collections::BTreeSet<u64> = (0..64)
            .map(|i| build.hash_one(Code(&format!("lap-dat-he-thong-tuoi-nho-giot-{i}"))) & 1023)
            .collect();
        assert!(buckets.len() > 50, "{}", buckets.len());
        let mut map: CodeMap<'_, usize> = fx_map(4);
        for (i, c) in codes.iter().enumerate() {
            map.insert(Code(c), i);
        }
        for (i, c) in codes.iter().enumerate() {
            assert_eq!(map.get(&Code(c)), Some(&i));
        }
    }

    #[test]
    fn percentages_round_down() {
        assert_eq!(pct(3, 4), 75);
        assert_eq!(pct(2, 3), 66);
        assert_eq!(pct(199, 200), 99);
        assert_eq!(pct(0, 0), 100);
    }
}
