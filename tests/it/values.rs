//! Value types: Display/FromStr round trips, serde, and every error message.

use news_model::*;
use proptest::prelude::*;

fn date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=31)
        .prop_filter_map("real date", |(y, m, d)| Date::new(y, m, d).ok())
}

fn span() -> impl Strategy<Value = Span> {
    (0usize..100_000, 0usize..100_000).prop_map(|(a, b)| Span::new(a.min(b), a.max(b)).unwrap())
}

fn country() -> impl Strategy<Value = CountryCode> {
    let all: Vec<CountryCode> = CountryCode::all().collect();
    proptest::sample::select(all)
}

fn channel() -> impl Strategy<Value = Channel> {
    (
        proptest::sample::select(ChannelKind::ALL.to_vec()),
        proptest::option::of("[A-Za-z][A-Za-z .]{0,20}[A-Za-z]"),
    )
        .prop_map(|(k, n)| match n {
            Some(n) => Channel::new(k).with_name(n),
            None => Channel::new(k),
        })
}

fn roundtrip<T>(v: &T)
where
    T: std::fmt::Display
        + std::str::FromStr
        + PartialEq
        + std::fmt::Debug
        + serde::Serialize
        + serde::de::DeserializeOwned,
    T::Err: std::fmt::Debug,
{
    let text = v.to_string();
    assert_eq!(&text.parse::<T>().unwrap(), v, "Display/FromStr of {text}");
    let json = serde_json::to_string(v).unwrap();
    assert_eq!(
        &serde_json::from_str::<T>(&json).unwrap(),
        v,
        "serde of {json}"
    );
}

proptest! {
    #[test]
    fn date_roundtrip(d in date()) { roundtrip(&d); }

    #[test]
    fn span_roundtrip(s in span()) { roundtrip(&s); }

    #[test]
    fn country_roundtrip(c in country()) { roundtrip(&c); }

    #[test]
    fn ids_roundtrip(n in any::<u32>()) {
        roundtrip(&ActorId::new(n));
        roundtrip(&StatementId::new(n));
        roundtrip(&PositionId::new(n));
        roundtrip(&ThreatId::new(n));
    }

    #[test]
    fn goldstein_roundtrip(t in -100i16..=100) { roundtrip(&Goldstein::from_tenths(t).unwrap()); }

    #[test]
    fn cameo_code_roundtrip(code in "[0-9]{2,4}") { roundtrip(&code.parse::<CameoCode>().unwrap()); }

    #[test]
    fn cameo_actor_code_roundtrip(code in "([A-Z0-9]{3}){1,5}") {
        roundtrip(&code.parse::<CameoActorCode>().unwrap());
    }

    #[test]
    fn role_roundtrip(title in "[A-Za-z][A-Za-z -]{0,20}", of in proptest::option::of("[A-Z][A-Za-z ]{0,10}")) {
        let role = Role::new(title).unwrap();
        let role = match of { Some(o) => role.of_place(o), None => role };
        roundtrip(&role);
    }

    #[test]
    fn channel_roundtrip(c in channel()) { roundtrip(&c); }

    #[test]
    fn coding_roundtrip(code in "[0-9]{2,4}", t in -100i16..=100, p in proptest::option::of(proptest::sample::select(PloverEvent::ALL.to_vec()))) {
        roundtrip(&EventCoding::new(code.parse().unwrap(), Goldstein::from_tenths(t).unwrap(), p));
    }

    #[test]
    fn value_parsers_never_panic(s in "\\PC{0,16}") {
        let _ = s.parse::<Date>();
        let _ = s.parse::<Span>();
        let _ = s.parse::<CountryCode>();
        let _ = s.parse::<ActorId>();
        let _ = s.parse::<Goldstein>();
        let _ = s.parse::<CameoCode>();
        let _ = s.parse::<CameoActorCode>();
        let _ = s.parse::<Role>();
        let _ = s.parse::<Channel>();
        let _ = s.parse::<EventCoding>();
        let _ = s.parse::<Language>();
        let _ = s.parse::<ActorKind>();
    }
}

#[test]
fn enums_roundtrip() {
    for v in ActorKind::ALL {
        roundtrip(v);
    }
    for v in Stance::ALL {
        roundtrip(v);
    }
    for v in SpeechAct::ALL {
        roundtrip(v);
    }
    for v in ChannelKind::ALL {
        roundtrip(v);
    }
    for v in ActionKind::ALL {
        roundtrip(v);
    }
    for v in ConditionKind::ALL {
        roundtrip(v);
    }
    for v in PloverEvent::ALL {
        roundtrip(v);
    }
    roundtrip(&Language::ENGLISH);
}

#[test]
fn error_messages() {
    let cases: Vec<(String, &str)> = vec![
        (
            "2024-13-45".parse::<Date>().unwrap_err().to_string(),
            "invalid date \"2024-13-45\": month 13 is not in 1..=12",
        ),
        (
            "2023-02-29".parse::<Date>().unwrap_err().to_string(),
            "invalid date \"2023-02-29\": day 29 is not in 1..=28 for that month",
        ),
        (
            "0000-01-01".parse::<Date>().unwrap_err().to_string(),
            "invalid date \"0000-01-01\": year 0 is not in 1..=9999",
        ),
        (
            "9 Dec 2024".parse::<Date>().unwrap_err().to_string(),
            "invalid date \"9 Dec 2024\": expected YYYY-MM-DD",
        ),
        (
            "XYZ".parse::<CountryCode>().unwrap_err().to_string(),
            "invalid country code \"XYZ\": not an ISO 3166-1 alpha-3 code",
        ),
        (
            "RU".parse::<CountryCode>().unwrap_err().to_string(),
            "invalid country code \"RU\": expected three ASCII letters",
        ),
        (
            "5..3".parse::<Span>().unwrap_err().to_string(),
            "invalid span \"5..3\": start is after end",
        ),
        (
            "5-3".parse::<Span>().unwrap_err().to_string(),
            "invalid span \"5-3\": expected start..end",
        ),
        (
            "x..3".parse::<Span>().unwrap_err().to_string(),
            "invalid span \"x..3\": start and end must be unsigned integers",
        ),
        (
            "s1".parse::<ActorId>().unwrap_err().to_string(),
            "invalid actor id \"s1\": must start with 'a'",
        ),
        (
            "a".parse::<ActorId>().unwrap_err().to_string(),
            "invalid actor id \"a\": expected 'a' followed by digits",
        ),
        (
            "a01".parse::<ActorId>().unwrap_err().to_string(),
            "invalid actor id \"a01\": leading zeros are not allowed",
        ),
        (
            "t99999999999".parse::<ThreatId>().unwrap_err().to_string(),
            "invalid threat id \"t99999999999\": number is too large",
        ),
        (
            "13a".parse::<CameoCode>().unwrap_err().to_string(),
            "invalid CAMEO event code \"13a\": expected two to four digits",
        ),
        (
            "RUSG".parse::<CameoActorCode>().unwrap_err().to_string(),
            "invalid CAMEO actor code \"RUSG\": expected one to five three-character segments",
        ),
        (
            "rus".parse::<CameoActorCode>().unwrap_err().to_string(),
            "invalid CAMEO actor code \"rus\": expected upper-case letters and digits",
        ),
        (
            "12.5".parse::<Goldstein>().unwrap_err().to_string(),
            "invalid Goldstein score \"12.5\": must be within -10.0..=10.0",
        ),
        (
            "-5.85".parse::<Goldstein>().unwrap_err().to_string(),
            "invalid Goldstein score \"-5.85\": expected a number like -5.8",
        ),
        (
            "alien".parse::<ActorKind>().unwrap_err().to_string(),
            "invalid actor kind \"alien\": expected one of: person state organization group",
        ),
        (
            "maybe".parse::<Stance>().unwrap_err().to_string(),
            "invalid stance \"maybe\": expected one of: support oppose neutral",
        ),
        (
            "interview (NBC".parse::<Channel>().unwrap_err().to_string(),
            "invalid channel \"interview (NBC\": expected `kind` or `kind (name)`",
        ),
        (
            "@USA".parse::<Role>().unwrap_err().to_string(),
            "invalid role \"@USA\": title must be non-empty and must not hold '@'",
        ),
        (
            "eng".parse::<Language>().unwrap_err().to_string(),
            "invalid language \"eng\": expected a two-letter ISO 639-1 code",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn value_semantics() {
    assert_eq!("rus".parse::<CountryCode>().unwrap().as_str(), "RUS");
    assert!(
        "XKX".parse::<CountryCode>().is_ok(),
        "Kosovo's user-assigned code is accepted"
    );
    assert!("2024-02-29".parse::<Date>().is_ok());
    assert!("2100-02-29".parse::<Date>().is_err());
    assert!("2000-02-29".parse::<Date>().is_ok());
    let d1: Date = "2016-11-08".parse().unwrap();
    let d2: Date = "2024-12-09".parse().unwrap();
    assert!(d1 < d2);
    assert_eq!(
        "organisation".parse::<ActorKind>().unwrap(),
        ActorKind::Organization
    );
    assert_eq!(
        Channel::new(ChannelKind::SocialPost)
            .with_name("Truth Social")
            .label(),
        "Truth Social"
    );
    assert_eq!(Channel::new(ChannelKind::Decree).label(), "decree");
    assert_eq!("-0.4".parse::<Goldstein>().unwrap().tenths(), -4);
    assert_eq!(Goldstein::from_tenths(-4).unwrap().to_string(), "-0.4");
    let s = Span::new(3, 9).unwrap();
    assert!(s.contains(Span::new(4, 9).unwrap()));
    assert_eq!(
        s.cover(Span::new(10, 12).unwrap()),
        Span::new(3, 12).unwrap()
    );
    assert_eq!(Span::new(0, 2).unwrap().text("é"), Some("é"));
    assert_eq!(
        Span::new(0, 1).unwrap().text("é"),
        None,
        "not on a char boundary"
    );
    assert!(serde_json::from_str::<Span>("[5,3]").is_err());
    assert!(serde_json::from_str::<Goldstein>("-5.85").is_err());
    assert_eq!(
        serde_json::to_string(&Goldstein::from_tenths(-58).unwrap()).unwrap(),
        "-5.8"
    );
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + 'static>() {}
    check::<Analysis>();
    check::<ValueError>();
    check::<ParseError>();
    check::<JsonError>();
    check::<ValidationErrors>();
}
