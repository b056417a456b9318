//! The demo set: built from a seed and a date, nothing else, so the same
//! arguments always give the same data, and dates stay in the future.

use chrono::{Datelike, Duration, NaiveDate};
use std::collections::HashMap;

use hocnghe_domain::catalogue::{
    CourseInput, DemandInput, DemandSkillInput, EmployerInput, IntakeInput, ModuleInput,
    ProviderInput,
};
use hocnghe_domain::workers::{HeldSkillInput, WorkerProfileInput};
use hocnghe_domain::{
    CourseLevel, CourseStatus, DeliveryMode, DemandStatus, EducationLevel, EmployerKind,
    EmploymentType, Importance, ProviderKind, Role, StudyTime,
};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::places::Places;
use crate::trades::{BENEFITS, SHIFTS, TRADES, Trade};
use crate::vocab::Vocab;
use crate::{DemoError, people, providers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub courses: usize,
    pub demands: usize,
    pub workers: usize,
}

impl Default for Sizes {
    /// The demo set of `serve --demo`.
    fn default() -> Self {
        Self {
            courses: 180,
            demands: 320,
            workers: 200,
        }
    }
}

/// A named account of a role, with a known phone (the login) and password.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoAccount {
    pub role: Role,
    pub display_name: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoProvider {
    pub input: ProviderInput,
    /// Owned by the demo provider account.
    pub owned_by_demo: bool,
    /// Indexes into [`TRADES`] the provider teaches.
    pub(crate) trades: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoEmployer {
    pub input: EmployerInput,
    /// Owned by the demo employer account.
    pub owned_by_demo: bool,
    pub(crate) trade: usize,
}

/// `input.provider_id` is a placeholder until the provider is written.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoCourse {
    pub provider: usize,
    pub input: CourseInput,
}

/// `input.employer_id` is a placeholder until the employer is written.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoDemand {
    pub employer: usize,
    pub input: DemandInput,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoWorker {
    pub account: DemoAccount,
    pub profile: WorkerProfileInput,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoSet {
    pub accounts: Vec<DemoAccount>,
    pub providers: Vec<DemoProvider>,
    pub employers: Vec<DemoEmployer>,
    pub courses: Vec<DemoCourse>,
    pub demands: Vec<DemoDemand>,
    /// The demo worker first, then synthetic workers.
    pub workers: Vec<DemoWorker>,
}

/// The course's single-intake fields as its one entry of `intakes`.
pub(crate) fn with_intakes(mut course: CourseInput) -> CourseInput {
    if let (Some(start_date), Some(weeks), Some(schedule), Some(seats)) = (
        course.start_date,
        course.weeks,
        course.schedule,
        course.seats,
    ) {
        course.intakes.push(IntakeInput {
            start_date,
            weeks,
            schedule,
            commune_code: None,
            address: None,
            seats,
            status: None,
        });
    }
    course.start_date = None;
    course.weeks = None;
    course.schedule = None;
    course.seats = None;
    course
}

/// How many providers and employers the demo accounts own.
const OWNED_PROVIDERS: usize = 4;
const OWNED_EMPLOYERS: usize = 5;
const MAX_EMPLOYERS: usize = 90;

pub fn generate(seed: u64, today: NaiveDate, sizes: Sizes) -> Result<DemoSet, DemoError> {
    let mut generator = Generator::new(seed, today)?;
    let providers = generator.providers()?;
    let employers = generator.employers()?;
    let mut courses: Vec<DemoCourse> = Vec::with_capacity(sizes.courses);
    // A provider runs a course again and again: a repeated title becomes
    // another intake of the provider's course, not a second course.
    let mut by_title: HashMap<(usize, String), usize> = HashMap::new();
    // Draws until `sizes.courses` distinct courses (bounded, should the
    // providers' trades run out of titles).
    let mut i = 0;
    while courses.len() < sizes.courses && i < sizes.courses * 4 {
        i += 1;
        let i = i - 1;
        let provider = if i < providers.len() {
            i
        } else {
            generator.rng.random_range(0..providers.len())
        };
        let p = &providers[provider];
        let course = if i == 0 {
            generator.pinned_motorbike_course(&p.input)?
        } else {
            let trade = *p.trades.choose(&mut generator.rng).unwrap_or(&0);
            generator.course(trade, &p.input, None)?
        };
        let mut course = with_intakes(course);
        match by_title.get(&(provider, course.title.clone())) {
            Some(&at) => courses[at].input.intakes.append(&mut course.intakes),
            None => {
                by_title.insert((provider, course.title.clone()), courses.len());
                courses.push(DemoCourse {
                    provider,
                    input: course,
                });
            }
        }
    }
    let mut demands = Vec::with_capacity(sizes.demands);
    for i in 0..sizes.demands {
        let employer = if i < employers.len() {
            i
        } else {
            generator.rng.random_range(0..employers.len())
        };
        let e = &employers[employer];
        demands.push(DemoDemand {
            employer,
            input: generator.demand(e.trade, &e.input)?,
        });
    }
    let mut workers = vec![demo_worker()];
    for n in 1..sizes.workers {
        workers.push(generator.worker(n)?);
    }
    Ok(DemoSet {
        accounts: demo_accounts(),
        providers,
        employers,
        courses,
        demands,
        workers,
    })
}

/// The five role accounts, phone 0900000001…0900000005.
fn demo_accounts() -> Vec<DemoAccount> {
    [
        (Role::Admin, "Quản trị viên (demo)"),
        (Role::Counsellor, "Cán bộ tư vấn Lê Thu Hà (demo)"),
        (Role::Employer, "Nhà tuyển dụng (demo)"),
        (Role::Provider, "Cơ sở đào tạo (demo)"),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (role, name))| DemoAccount {
        role,
        display_name: name.to_owned(),
        phone: format!("090000000{}", i + 1),
    })
    .collect()
}

/// The demo worker: 0900000005, in Ba Vì, sharing with counsellors and employers.
fn demo_worker() -> DemoWorker {
    DemoWorker {
        account: DemoAccount {
            role: Role::Worker,
            display_name: "Nguyễn Văn Minh (demo)".into(),
            phone: "0900000005".into(),
        },
        profile: WorkerProfileInput {
            commune_code: "09700".into(),
            birth_year: Some(1998),
            education: EducationLevel::LowerSecondary,
            skills: [
                "bao-duong-dinh-ky-xe-may",
                "va-va-thay-sam-lop",
                "an-toan-dien",
            ]
            .into_iter()
            .map(|code| HeldSkillInput {
                code: code.into(),
                certified: false,
            })
            .collect(),
            proposed_skills: None,
            interests: vec!["tho-sua-chua-xe-may".into(), "tho-dien-dan-dung".into()],
            earned_modules: Vec::new(),
            certificates: Vec::new(),
            max_travel_km: 25,
            free_months: vec![1, 2, 7, 8, 11, 12],
            study_times: vec![StudyTime::Evening, StudyTime::Weekend],
            max_fee_vnd: Some(5_000_000),
            share_with_counsellors: true,
            share_with_employers: true,
            ethnicity: None,
            goal: None,
            current_occupation: None,
            delivery_modes: Vec::new(),
            hard_limits: Vec::new(),
            support: None,
            access: None,
        },
    }
}

/// Builds courses and demands; also used by the bulk loader.
pub(crate) struct Generator {
    pub(crate) rng: ChaCha8Rng,
    today: NaiveDate,
    places: Places,
    vocab: Vocab,
}

impl Generator {
    pub(crate) fn new(seed: u64, today: NaiveDate) -> Result<Self, DemoError> {
        Ok(Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
            today,
            places: Places::load()?,
            vocab: Vocab::load()?,
        })
    }

    pub(crate) fn providers(&mut self) -> Result<Vec<DemoProvider>, DemoError> {
        let names = providers::all(|code| {
            self.places
                .get(code)
                .map(|p| p.name.clone())
                .unwrap_or_default()
        });
        let mut out = Vec::with_capacity(names.len());
        for (i, (name, kind, code, specialty)) in names.into_iter().enumerate() {
            let place = self.places.get(code)?.clone();
            let trades = match specialty {
                Some(occupations) => trade_indexes(occupations),
                None => self.centre_trades(code),
            };
            let kind_text = kind.label_vi().to_lowercase();
            let taught: Vec<&str> = trades
                .iter()
                .filter_map(|t| TRADES[*t].courses.first().copied())
                .collect();
            out.push(DemoProvider {
                input: ProviderInput {
                    description: Some(format!(
                        "{name} là {kind_text} tại {}, đào tạo các nghề: {}. Nhận đăng ký học \
                         quanh năm; người lao động nông thôn được tư vấn chính sách hỗ trợ học phí.",
                        place.full_name,
                        taught.join(", ").to_lowercase()
                    )),
                    address: Some(format!(
                        "Thôn {}, {}",
                        self.rng.random_range(1..=12),
                        place.full_name
                    )),
                    phone: Some(format!("024 33{:02} {:04}", i, self.rng.random_range(0..10_000))),
                    email: Some(format!("tuyensinh{:02}@daotaonghe.example.vn", i + 1)),
                    website: None,
                    name,
                    kind,
                    commune_code: code.to_owned(),
                },
                owned_by_demo: i < OWNED_PROVIDERS,
                trades,
            });
        }
        Ok(out)
    }

    /// Another site of `base` in a rural commune, teaching the same trades
    /// (benchmark catalogues need more providers than the demo lists).
    pub(crate) fn branch(
        &mut self,
        base: &DemoProvider,
        number: usize,
    ) -> Result<DemoProvider, DemoError> {
        let code = self.places.rural[self.rng.random_range(0..self.places.rural.len())].clone();
        let place = self.places.get(&code)?.clone();
        let mut input = base.input.clone();
        input.name = format!("{} – cơ sở {number}", base.input.name);
        input.address = Some(format!(
            "Thôn {}, {}",
            self.rng.random_range(1..=12),
            place.full_name
        ));
        input.commune_code = code;
        Ok(DemoProvider {
            input,
            owned_by_demo: false,
            trades: base.trades.clone(),
        })
    }

    /// One more class of `course`, two to four months after its last one.
    pub(crate) fn add_later_intake(&mut self, course: &mut CourseInput) {
        let Some(last) = course.intakes.last().cloned() else {
            return;
        };
        let mut next = last;
        next.start_date += Duration::days(self.rng.random_range(60..=120));
        if self.rng.random_bool(0.3) {
            next.schedule = *[StudyTime::Weekday, StudyTime::Evening, StudyTime::Weekend]
                .choose(&mut self.rng)
                .unwrap_or(&StudyTime::Weekday);
        }
        course.intakes.push(next);
    }

    /// A district centre teaches the trades practised where it stands, and
    /// general trades to make at least four.
    fn centre_trades(&mut self, code: &str) -> Vec<usize> {
        let mut trades: Vec<usize> = TRADES
            .iter()
            .enumerate()
            .filter(|(_, t)| t.places.contains(&code))
            .map(|(i, _)| i)
            .collect();
        let general = trade_indexes(providers::CENTRE_GENERAL_TRADES);
        while trades.len() < 4 && trades.len() < TRADES.len() {
            let extra = general[self.rng.random_range(0..general.len())];
            if !trades.contains(&extra) {
                trades.push(extra);
            }
        }
        trades
    }

    /// One employer per trade, template and place, up to [`MAX_EMPLOYERS`].
    pub(crate) fn employers(&mut self) -> Result<Vec<DemoEmployer>, DemoError> {
        let mut candidates = Vec::new();
        // Round-robin over trades so every trade has employers before the cap.
        let longest = TRADES
            .iter()
            .map(|t| t.employers.len() * t.places.len())
            .max()
            .unwrap_or(0);
        for k in 0..longest {
            for (t, trade) in TRADES.iter().enumerate() {
                let combos = trade.employers.len() * trade.places.len();
                if k < combos {
                    let (template, kind) = trade.employers[k % trade.employers.len()];
                    let code = trade.places[k / trade.employers.len()];
                    candidates.push((t, template, kind, code));
                }
            }
        }
        let mut out: Vec<DemoEmployer> = Vec::new();
        for (t, template, kind, code) in candidates {
            if out.len() == MAX_EMPLOYERS {
                break;
            }
            let place = self.places.get(code)?.clone();
            let name = template.replace("{}", &place.name);
            if out.iter().any(|e| e.input.name == name) {
                continue;
            }
            let occupation = &self.vocab.occupation(TRADES[t].occupation)?.name_vi;
            let description = employer_description(kind, &place.full_name, occupation);
            let address = if kind == EmployerKind::Company && self.rng.random_bool(0.5) {
                format!("Cụm công nghiệp {}, {}", place.name, place.full_name)
            } else {
                format!(
                    "Thôn {}, {}",
                    self.rng.random_range(1..=15),
                    place.full_name
                )
            };
            out.push(DemoEmployer {
                input: EmployerInput {
                    phone: Some(format!(
                        "024 3{:03} {:04}",
                        out.len(),
                        self.rng.random_range(0..10_000)
                    )),
                    website: None,
                    name,
                    kind,
                    commune_code: code.to_owned(),
                    address: Some(address),
                    description: Some(description),
                },
                owned_by_demo: out.len() < OWNED_EMPLOYERS,
                trade: t,
            });
        }
        Ok(out)
    }

    fn pinned_motorbike_course(
        &mut self,
        provider: &ProviderInput,
    ) -> Result<CourseInput, DemoError> {
        let trade = TRADES
            .iter()
            .position(|t| t.occupation == "tho-sua-chua-xe-may")
            .unwrap_or(0);
        let mut course = self.course(trade, provider, Some(CourseLevel::SoCap))?;
        course.title = "Sửa chữa xe máy".into();
        course.status = Some(CourseStatus::Open);
        course.delivery_mode = DeliveryMode::InPerson;
        Ok(course)
    }

    /// A course of `trade` taught by `provider`; the level follows the provider
    /// kind unless given.
    pub(crate) fn course(
        &mut self,
        trade_index: usize,
        provider: &ProviderInput,
        level: Option<CourseLevel>,
    ) -> Result<CourseInput, DemoError> {
        let trade = &TRADES[trade_index];
        let title = *trade
            .courses
            .choose(&mut self.rng)
            .unwrap_or(&trade.courses[0]);
        self.course_titled(trade_index, title, provider, level)
    }

    /// A course of `trade` at `provider` under one of the trade's titles.
    pub(crate) fn course_titled(
        &mut self,
        trade_index: usize,
        title: &str,
        provider: &ProviderInput,
        level: Option<CourseLevel>,
    ) -> Result<CourseInput, DemoError> {
        let trade = &TRADES[trade_index];
        let rng = &mut self.rng;
        let level = level.unwrap_or_else(|| pick_level(rng, provider.kind, trade));
        let title = title.to_owned();
        let occupation = self.vocab.occupation(trade.occupation)?;
        let modules = modules(rng, &self.vocab, trade.occupation, level)?;
        let (weeks, fee_million_tenths) = match level {
            CourseLevel::ShortCourse => (rng.random_range(4..=12), rng.random_range(15..=40)),
            CourseLevel::SoCap => (rng.random_range(12..=26), rng.random_range(30..=80)),
            CourseLevel::TrungCap => (rng.random_range(52..=78), rng.random_range(80..=180)),
            CourseLevel::CaoDang => (rng.random_range(104..=130), rng.random_range(150..=350)),
        };
        let fee_vnd = fee_million_tenths * 100_000;
        let place = self.places.get(&provider.commune_code)?;
        let short = matches!(level, CourseLevel::ShortCourse | CourseLevel::SoCap);
        let subsidy_vnd = if short && place.rural && rng.random_bool(0.75) {
            fee_vnd.min(rng.random_range(20..=40) * 100_000)
        } else {
            0
        };
        let digital = matches!(
            trade.occupation,
            "nhan-vien-van-phong"
                | "nhan-vien-ban-hang-thuong-mai-dien-tu"
                | "nguoi-livestream-ban-hang"
        );
        let delivery_mode = match rng.random_range(0..10) {
            0..=3 if digital => DeliveryMode::Online,
            4..=6 if digital => DeliveryMode::Blended,
            0..=1 => DeliveryMode::Blended,
            _ => DeliveryMode::InPerson,
        };
        let schedule = *[
            StudyTime::Weekday,
            StudyTime::Weekday,
            StudyTime::Evening,
            StudyTime::Weekend,
        ]
        .choose(rng)
        .unwrap_or(&StudyTime::Weekday);
        let seats = if short {
            rng.random_range(20..=40)
        } else {
            rng.random_range(30..=60)
        };
        let start_date = self.today + Duration::days(rng.random_range(7..=120));
        let status = if rng.random_bool(0.95) {
            CourseStatus::Open
        } else {
            CourseStatus::Closed
        };
        let credits: i64 = modules.iter().map(|m| m.credits).sum();
        let module_titles: Vec<&str> = modules.iter().map(|m| m.title.as_str()).collect();
        let subsidy_text = if subsidy_vnd > 0 {
            format!(
                "Lao động nông thôn được hỗ trợ {} đồng học phí theo chính sách của thành phố.",
                thousands(subsidy_vnd)
            )
        } else {
            "Học phí có thể đóng làm hai đợt.".to_owned()
        };
        let description = format!(
            "{} – {title}, do {} tổ chức tại {}. {} Khóa học gồm {} mô-đun ({credits} tín chỉ): {}. \
             Học {}; {} học viên mỗi lớp. {subsidy_text}",
            level.label_vi(),
            provider.name,
            place.full_name,
            occupation.description_vi,
            modules.len(),
            module_titles.join("; ").to_lowercase(),
            schedule.label_vi().to_lowercase(),
            seats,
        );
        let certificate = Some(match level {
            CourseLevel::ShortCourse => format!("Chứng chỉ đào tạo dưới 3 tháng: {title}"),
            CourseLevel::SoCap => format!("Chứng chỉ sơ cấp {title}"),
            CourseLevel::TrungCap => format!("Bằng tốt nghiệp trung cấp {title}"),
            CourseLevel::CaoDang => format!("Bằng tốt nghiệp cao đẳng {title}"),
        });
        Ok(CourseInput {
            provider_id: 0,
            title,
            description: Some(description),
            level,
            occupation_code: Some(trade.occupation.to_owned()),
            commune_code: provider.commune_code.clone(),
            delivery_mode,
            start_date: Some(start_date),
            weeks: Some(weeks),
            schedule: Some(schedule),
            fee_vnd,
            subsidy_vnd,
            seats: Some(seats),
            certificate,
            status: Some(status),
            accessibility: Vec::new(),
            modules,
            intakes: Vec::new(),
        })
    }

    /// A demand for workers of `trade` at `employer`.
    pub(crate) fn demand(
        &mut self,
        trade_index: usize,
        employer: &EmployerInput,
    ) -> Result<DemandInput, DemoError> {
        let trade = &TRADES[trade_index];
        let rng = &mut self.rng;
        let occupation = self.vocab.occupation(trade.occupation)?;
        let place = self.places.get(&employer.commune_code)?;
        let positions: i64 = match employer.kind {
            EmployerKind::Company => rng.random_range(3..=40),
            EmployerKind::Cooperative | EmployerKind::Farm => rng.random_range(2..=15),
            _ => rng.random_range(1..=6),
        };
        let role = trade.role;
        let title = match rng.random_range(0..4) {
            0 => format!("Tuyển {positions} {role}"),
            1 => format!("Cần {positions} {role} làm việc tại {}", place.name),
            2 => format!("{} tuyển {role}", employer.name),
            _ => format!("Tuyển gấp {role} ({positions} người)"),
        };
        let mut skills = Vec::new();
        let essential_count = rng.random_range(2..=4).min(occupation.essential.len());
        let mut essential = occupation.essential.clone();
        essential.shuffle(rng);
        for code in essential.into_iter().take(essential_count) {
            skills.push(DemandSkillInput {
                code,
                importance: Importance::Essential,
            });
        }
        let mut optional = occupation.optional.clone();
        optional.shuffle(rng);
        for code in optional.into_iter().take(rng.random_range(0..=2)) {
            skills.push(DemandSkillInput {
                code,
                importance: Importance::Optional,
            });
        }
        let (low, high) = trade.wage_million;
        let (wage_min_vnd, wage_max_vnd) = if rng.random_bool(0.9) {
            let min = rng.random_range(low * 2..high * 2) * 500_000;
            let max = (min + rng.random_range(2..=8) * 500_000).min(high * 1_000_000 + 2_000_000);
            (Some(min), Some(max))
        } else {
            (None, None)
        };
        let employment_type = if rng.random_bool(0.8) {
            trade.employment
        } else {
            *EmploymentType::ALL.choose(rng).unwrap_or(&trade.employment)
        };
        let start_date = self.today + Duration::days(rng.random_range(3..=45));
        let expires_on = start_date + Duration::days(rng.random_range(14..=60));
        let wage_text = match (wage_min_vnd, wage_max_vnd) {
            (Some(min), Some(max)) => format!(
                "Lương từ {} đến {} đồng/tháng.",
                thousands(min),
                thousands(max)
            ),
            _ => "Lương thỏa thuận theo tay nghề.".to_owned(),
        };
        let required: Vec<&str> = skills
            .iter()
            .filter(|s| s.importance == Importance::Essential)
            .map(|s| self.vocab.label(&s.code))
            .collect();
        let description = format!(
            "{} cần tuyển {positions} {role} ({}) làm việc tại {}. Công việc: {} Yêu cầu: {}. \
             {wage_text} {} {} {}",
            employer.name,
            employment_type.label_vi().to_lowercase(),
            place.full_name,
            occupation.description_vi,
            required.join(", ").to_lowercase(),
            BENEFITS.choose(rng).unwrap_or(&BENEFITS[0]),
            BENEFITS.choose(rng).unwrap_or(&BENEFITS[1]),
            SHIFTS.choose(rng).unwrap_or(&SHIFTS[0]),
        );
        Ok(DemandInput {
            employer_id: 0,
            title,
            description: Some(description),
            occupation_code: Some(trade.occupation.to_owned()),
            skills,
            proposed_skills: None,
            positions,
            commune_code: employer.commune_code.clone(),
            wage_min_vnd,
            wage_max_vnd,
            employment_type,
            start_date: Some(start_date),
            expires_on: Some(expires_on),
            status: Some(DemandStatus::Open),
        })
    }

    fn worker(&mut self, n: usize) -> Result<DemoWorker, DemoError> {
        let rng = &mut self.rng;
        let trade = &TRADES[rng.random_range(0..TRADES.len())];
        let occupation = self.vocab.occupation(trade.occupation)?;
        let commune_code = if rng.random_bool(0.6) {
            (*trade.places.choose(rng).unwrap_or(&"09700")).to_owned()
        } else {
            self.places
                .rural
                .choose(rng)
                .cloned()
                .unwrap_or_else(|| "09700".into())
        };
        let mut known = occupation.essential.clone();
        known.shuffle(rng);
        let skills = known
            .into_iter()
            .take(rng.random_range(1..=4))
            .map(|code| HeldSkillInput {
                code,
                certified: rng.random_bool(0.3),
            })
            .collect();
        let mut interests = vec![trade.occupation.to_owned()];
        let other = TRADES[rng.random_range(0..TRADES.len())].occupation;
        if other != trade.occupation && rng.random_bool(0.5) {
            interests.push(other.to_owned());
        }
        let education = *[
            EducationLevel::Primary,
            EducationLevel::LowerSecondary,
            EducationLevel::LowerSecondary,
            EducationLevel::UpperSecondary,
            EducationLevel::UpperSecondary,
            EducationLevel::Vocational,
            EducationLevel::College,
        ]
        .choose(rng)
        .unwrap_or(&EducationLevel::LowerSecondary);
        let free_months = if rng.random_bool(0.5) {
            Vec::new()
        } else {
            let mut months: Vec<u32> = (1..=12).collect();
            months.shuffle(rng);
            months.truncate(rng.random_range(3..=6));
            months
        };
        let study_times = StudyTime::ALL
            .iter()
            .copied()
            .filter(|_| rng.random_bool(0.5))
            .collect();
        let max_fee_vnd = rng
            .random_bool(0.5)
            .then(|| rng.random_range(0..=80) * 100_000);
        Ok(DemoWorker {
            account: DemoAccount {
                role: Role::Worker,
                display_name: people::name(rng),
                phone: people::worker_phone(n),
            },
            profile: WorkerProfileInput {
                commune_code,
                birth_year: Some(self.today.year() - rng.random_range(18..=55)),
                education,
                skills,
                proposed_skills: None,
                interests,
                earned_modules: Vec::new(),
                certificates: Vec::new(),
                max_travel_km: rng.random_range(1..=8) * 5,
                free_months,
                study_times,
                max_fee_vnd,
                share_with_counsellors: rng.random_bool(0.75),
                share_with_employers: rng.random_bool(0.55),
                ethnicity: None,
                goal: None,
                current_occupation: None,
                delivery_modes: Vec::new(),
                hard_limits: Vec::new(),
                support: None,
                access: None,
            },
        })
    }
}

/// Indexes into [`TRADES`] of these occupation codes, in order.
fn trade_indexes(occupations: &[&str]) -> Vec<usize> {
    occupations
        .iter()
        .filter_map(|o| TRADES.iter().position(|t| t.occupation == *o))
        .collect()
}

fn pick_level(rng: &mut impl Rng, kind: ProviderKind, trade: &Trade) -> CourseLevel {
    let roll = rng.random_range(0..10);
    match kind {
        ProviderKind::College if trade.long_programmes || roll < 5 => {
            if roll < 6 {
                CourseLevel::TrungCap
            } else {
                CourseLevel::CaoDang
            }
        }
        ProviderKind::IntermediateSchool if roll < 4 => CourseLevel::TrungCap,
        ProviderKind::Enterprise | ProviderKind::Association | ProviderKind::Other => {
            CourseLevel::ShortCourse
        }
        _ if roll < 3 => CourseLevel::ShortCourse,
        _ => CourseLevel::SoCap,
    }
}

/// Modules teaching the occupation's essential skills (then optional ones),
/// one or two skills each; some modules require the one before; longer
/// programmes end with a work placement.
fn modules(
    rng: &mut impl Rng,
    vocab: &Vocab,
    occupation: &str,
    level: CourseLevel,
) -> Result<Vec<ModuleInput>, DemoError> {
    let occupation = vocab.occupation(occupation)?;
    let skills: Vec<&String> = occupation
        .essential
        .iter()
        .chain(occupation.optional.iter().take(2))
        .collect();
    let (wanted, credit_range) = match level {
        CourseLevel::ShortCourse => (rng.random_range(2..=3), 1..=2),
        CourseLevel::SoCap => (rng.random_range(3..=6), 2..=4),
        CourseLevel::TrungCap => (rng.random_range(5..=8), 3..=6),
        CourseLevel::CaoDang => (rng.random_range(6..=9), 3..=8),
    };
    let count = wanted.min(skills.len()).max(1);
    let per_module = skills.len().div_ceil(count).clamp(1, 2);
    let mut modules = Vec::with_capacity(count + 1);
    for (i, group) in skills.chunks(per_module).take(count).enumerate() {
        let credits = rng.random_range(credit_range.clone());
        let title = vocab.label(group[0]).to_owned();
        let prerequisites = if i > 0 && rng.random_bool(0.4) {
            vec![module_code(i - 1)]
        } else {
            Vec::new()
        };
        modules.push(ModuleInput {
            code: module_code(i),
            title,
            credits,
            hours: credits * rng.random_range(15..=30),
            skills: group.iter().map(|s| (*s).clone()).collect(),
            prerequisites,
        });
    }
    if !matches!(level, CourseLevel::ShortCourse) && !modules.is_empty() {
        let last = modules.len();
        let credits = rng.random_range(credit_range);
        modules.push(ModuleInput {
            code: module_code(last),
            title: "Thực tập tại cơ sở sản xuất".into(),
            credits,
            hours: credits * 40,
            skills: Vec::new(),
            prerequisites: vec![module_code(last - 1)],
        });
    }
    Ok(modules)
}

fn module_code(i: usize) -> String {
    format!("MĐ{:02}", i + 1)
}

fn employer_description(kind: EmployerKind, place: &str, occupation: &str) -> String {
    let what = match kind {
        EmployerKind::Cooperative => "Hợp tác xã với hàng chục hộ thành viên",
        EmployerKind::Farm => "Trang trại quy mô vừa",
        EmployerKind::CraftVillage => "Cơ sở sản xuất của làng nghề truyền thống",
        EmployerKind::HouseholdBusiness => "Hộ kinh doanh lâu năm",
        EmployerKind::Public => "Đơn vị sự nghiệp công lập",
        _ => "Doanh nghiệp",
    };
    format!(
        "{what} tại {place}, thường xuyên cần lao động nghề {}.",
        occupation.to_lowercase()
    )
}

/// 3500000 → "3.500.000" (Vietnamese thousands separator).
fn thousands(value: i64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn same_seed_same_set() {
        let a = generate(7, today(), Sizes::default()).unwrap();
        let b = generate(7, today(), Sizes::default()).unwrap();
        assert_eq!(a, b);
        let c = generate(8, today(), Sizes::default()).unwrap();
        assert_ne!(a.courses, c.courses);
    }

    #[test]
    fn every_item_passes_domain_validation() {
        let set = generate(crate::DEMO_SEED, today(), Sizes::default()).unwrap();
        assert!(set.providers.len() >= 40, "{}", set.providers.len());
        assert!(set.employers.len() >= 40, "{}", set.employers.len());
        assert!(set.courses.len() >= 150);
        assert!(set.demands.len() >= 300);
        for p in &set.providers {
            p.input.clone().validate().unwrap();
        }
        for e in &set.employers {
            e.input.clone().validate().unwrap();
        }
        let mut titles = std::collections::HashSet::new();
        for c in &set.courses {
            let valid = c.input.clone().validate().unwrap();
            assert!(valid.intakes.iter().all(|i| i.start_date > today()));
            assert!(
                titles.insert((c.provider, valid.title.clone())),
                "a provider lists {} twice instead of as intakes of one course",
                valid.title
            );
        }
        assert!(set.courses.iter().any(|c| c.input.intakes.len() > 1));
        for d in &set.demands {
            let valid = d.input.clone().validate().unwrap();
            assert!(valid.expires_on.unwrap() > today());
            assert!(!valid.skills.is_empty());
        }
        for w in &set.workers {
            w.profile.clone().validate(today()).unwrap();
        }
    }

    #[test]
    fn uses_only_curated_occupations_and_skills() {
        let vocab = Vocab::load().unwrap();
        let set = generate(1, today(), Sizes::default()).unwrap();
        for c in &set.courses {
            let occupation = vocab
                .occupation(c.input.occupation_code.as_deref().unwrap())
                .unwrap();
            for m in &c.input.modules {
                for s in &m.skills {
                    assert!(
                        occupation.essential.contains(s) || occupation.optional.contains(s),
                        "{s} not a skill of {:?}",
                        c.input.occupation_code
                    );
                }
            }
        }
        for d in &set.demands {
            for s in &d.input.skills {
                assert!(vocab.skill_labels.contains_key(&s.code), "{}", s.code);
            }
        }
    }

    #[test]
    fn pinned_motorbike_course_is_first_and_open() {
        let set = generate(crate::DEMO_SEED, today(), Sizes::default()).unwrap();
        let first = &set.courses[0];
        assert_eq!(first.input.title, "Sửa chữa xe máy");
        assert_eq!(first.input.level, CourseLevel::SoCap);
        assert_eq!(first.input.status, Some(CourseStatus::Open));
        assert_eq!(set.providers[first.provider].input.commune_code, "09700");
    }

    #[test]
    fn providers_teach_what_fits_their_kind_and_place() {
        let set = generate(7, today(), Sizes::default()).unwrap();
        let listed = providers::all(|_| String::new());
        let general = trade_indexes(providers::CENTRE_GENERAL_TRADES);
        for (p, (_, _, code, specialty)) in set.providers.iter().zip(&listed) {
            assert!(!p.trades.is_empty(), "{}", p.input.name);
            for t in &p.trades {
                let fits = match specialty {
                    Some(occupations) => occupations.contains(&TRADES[*t].occupation),
                    None => TRADES[*t].places.contains(code) || general.contains(t),
                };
                assert!(fits, "{} teaches {}", p.input.name, TRADES[*t].occupation);
            }
        }
        // Every specialty names a real trade.
        for (name, _, _, specialty) in &listed {
            if let Some(occupations) = specialty {
                assert_eq!(
                    trade_indexes(occupations).len(),
                    occupations.len(),
                    "{name}"
                );
            }
        }
        // The tea cooperative teaches tea, nothing else.
        let tea = set
            .providers
            .iter()
            .find(|p| p.input.name == "Hợp tác xã chè Yên Bài")
            .unwrap();
        assert_eq!(
            tea.trades
                .iter()
                .map(|t| TRADES[*t].occupation)
                .collect::<Vec<_>>(),
            vec!["nguoi-trong-va-che-bien-che"]
        );
    }

    #[test]
    fn thousands_separator() {
        assert_eq!(thousands(3_500_000), "3.500.000");
        assert_eq!(thousands(500), "500");
    }
}
