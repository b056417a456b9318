//! Skills from everyday and informal activities ("Bạn đã từng làm gì?").

use serde::Serialize;
use utoipa::ToSchema;

/// One line of the checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct Activity {
    pub code: String,
    pub group: String,
    pub label_vi: String,
    pub label_en: String,
    /// Taxonomy skills someone who does this regularly practises.
    pub skills: Vec<String>,
}

/// A skill found from the activities ticked, with the activities it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct DiscoveredSkill {
    pub code: String,
    pub from_activities: Vec<String>,
}

/// Skills of the ticked activities, each once, in checklist order (the
/// order of `activities`, then of each activity's skills). Codes not in
/// `activities` are ignored: the caller validates them.
pub fn discover(activities: &[Activity], ticked: &[String]) -> Vec<DiscoveredSkill> {
    let mut out: Vec<DiscoveredSkill> = Vec::new();
    for a in activities.iter().filter(|a| ticked.contains(&a.code)) {
        for skill in &a.skills {
            match out.iter_mut().find(|d| &d.code == skill) {
                Some(d) => d.from_activities.push(a.code.clone()),
                None => out.push(DiscoveredSkill {
                    code: skill.clone(),
                    from_activities: vec![a.code.clone()],
                }),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn act(code: &str, skills: &[&str]) -> Activity {
        Activity {
            code: code.into(),
            group: "g".into(),
            label_vi: code.into(),
            label_en: code.into(),
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn union_of_ticked_activities_once_each() {
        let all = [
            act("a", &["x", "y"]),
            act("b", &["y", "z"]),
            act("c", &["w"]),
        ];
        let got = discover(&all, &["b".into(), "a".into()]);
        let codes: Vec<&str> = got.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["x", "y", "z"]);
        assert_eq!(got[1].from_activities, ["a", "b"]);
        assert!(discover(&all, &[]).is_empty());
    }
}
