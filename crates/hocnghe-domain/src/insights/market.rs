//! Labour demand against supply by skill, by occupation and by commune.

use serde::Serialize;
use utoipa::ToSchema;

use crate::FieldError;

pub const MARKET_DEFINITIONS_VI: &str = "Theo kỹ năng — Nhu cầu: tổng số vị trí của các nhu cầu tuyển dụng đang mở, chưa hết hạn, có yêu cầu kỹ năng (bắt buộc hoặc ưu tiên). \
Nguồn cung: số người lao động có kỹ năng (trong hồ sơ) cộng số người đang học (đã được nhận hoặc đang học) một khóa có mô-đun dạy kỹ năng đó mà chưa có kỹ năng, mỗi người tính một lần. \
Theo nghề — Nhu cầu: tổng số vị trí của các nhu cầu đang mở, chưa hết hạn, thuộc nghề đó. \
Nguồn cung: số người lao động ghi nghề đó là nghề quan tâm trong hồ sơ cộng số người đang học (đã được nhận hoặc đang học) một khóa học của nghề đó mà không ghi quan tâm, mỗi người tính một lần; đây là người muốn làm hoặc đang học nghề, không phải người đã đủ kỹ năng (xem theo kỹ năng). \
Theo xã/phường — Nhu cầu: tổng số vị trí của các nhu cầu đang mở, chưa hết hạn, đặt tại xã. \
Nguồn cung: số người lao động cư trú tại xã có ít nhất một kỹ năng mà các nhu cầu đó yêu cầu (bắt buộc hoặc ưu tiên), cộng số người cư trú tại xã chưa có kỹ năng nào trong số đó nhưng đang học một khóa có mô-đun dạy ít nhất một kỹ năng đó, mỗi người tính một lần; chỉ liệt kê xã có vị trí đang tuyển. \
Thiếu hụt = nhu cầu − nguồn cung; thiếu nhiều nhất xếp trước.";

pub const MARKET_DEFINITIONS_EN: &str = "By skill — Demand: open positions of open, unexpired demands asking for the skill (essential or optional). \
Supply: workers holding the skill (on their profile) plus workers in training for it (accepted or studying in a course with a module teaching it) who do not hold it yet, each counted once. \
By occupation — Demand: open positions of open, unexpired demands for the occupation. \
Supply: workers who name the occupation among their interests on their profile plus workers accepted or studying in a course for the occupation who do not name it, each counted once; these are people who want or are learning the trade, not people holding its skills (see by skill). \
By commune — Demand: open positions of open, unexpired demands located in the commune. \
Supply: workers living in the commune who hold at least one skill those demands ask for (essential or optional), plus workers living there who hold none of them but are in training for at least one, each counted once; only communes with open positions are listed. \
Shortage = demand − supply; largest shortages first.";

/// Demand against supply for one skill.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SkillBalance {
    pub skill_code: String,
    pub label_vi: String,
    pub label_en: String,
    pub demand_positions: i64,
    pub workers_holding: i64,
    pub workers_in_training: i64,
    pub supply: i64,
    /// demand_positions − supply (negative: more supply than demand).
    pub shortage: i64,
}

/// Demand against supply for one occupation.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct OccupationBalance {
    pub occupation_code: String,
    pub name_vi: String,
    pub name_en: String,
    /// Open positions of open, unexpired demands for the occupation.
    pub demand_positions: i64,
    /// Workers naming the occupation among their interests.
    pub workers_interested: i64,
    /// Workers accepted or studying in a course for the occupation who do
    /// not name it among their interests.
    pub workers_in_training: i64,
    pub supply: i64,
    /// demand_positions − supply (negative: more supply than demand).
    pub shortage: i64,
}

/// Demand against supply in one commune.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CommuneBalance {
    pub commune_code: String,
    pub commune_name: String,
    /// Open positions of open, unexpired demands located in the commune.
    pub demand_positions: i64,
    /// Workers living in the commune holding at least one skill those
    /// demands ask for.
    pub workers_holding: i64,
    /// Workers living in the commune holding none of those skills but in
    /// training for at least one.
    pub workers_in_training: i64,
    pub supply: i64,
    /// demand_positions − supply (negative: more supply than demand).
    pub shortage: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct LabourMarket {
    /// Skills with demand or supply, largest shortage first, then by code.
    pub by_skill: Vec<SkillBalance>,
    /// Occupations with demand or supply, largest shortage first, then by code.
    pub by_occupation: Vec<OccupationBalance>,
    /// Communes with open positions, largest shortage first, then by code.
    pub by_commune: Vec<CommuneBalance>,
    pub definitions_vi: String,
    pub definitions_en: String,
}

/// Which breakdown of the labour market a CSV holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MarketBreakdown {
    #[default]
    Skill,
    Occupation,
    Commune,
}

impl MarketBreakdown {
    /// Parses the `by` query parameter; absent means by skill.
    pub fn parse(field: &str, value: Option<&str>) -> Result<Self, FieldError> {
        match value {
            None | Some("skill") => Ok(Self::Skill),
            Some("occupation") => Ok(Self::Occupation),
            Some("commune") => Ok(Self::Commune),
            Some(_) => Err(FieldError::invalid(
                field,
                "Cách chia phải là skill (kỹ năng), occupation (nghề) hoặc commune (xã/phường).",
                "The breakdown must be skill, occupation or commune.",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_breakdown_is_by_skill_unless_told_otherwise() {
        assert_eq!(
            MarketBreakdown::parse("by", None),
            Ok(MarketBreakdown::Skill)
        );
        assert_eq!(
            MarketBreakdown::parse("by", Some("occupation")),
            Ok(MarketBreakdown::Occupation)
        );
        assert_eq!(
            MarketBreakdown::parse("by", Some("commune")),
            Ok(MarketBreakdown::Commune)
        );
        let error = MarketBreakdown::parse("by", Some("Skill")).unwrap_err();
        assert_eq!(
            (error.field.as_str(), error.code.as_str()),
            ("by", "invalid")
        );
        assert!(error.message_vi.starts_with("Cách chia"));
    }
}
