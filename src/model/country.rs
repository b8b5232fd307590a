use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::ValueError;

/// The officially assigned ISO 3166-1 alpha-3 codes (249), sorted.
const ISO_3166_ALPHA3: [&str; 249] = [
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF",
    "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS",
    "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL", "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF",
    "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG", "COK", "COL", "COM", "CPV",
    "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA",
    "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM",
    "GAB", "GBR", "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD",
    "GRL", "GTM", "GUF", "GUM", "GUY", "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN",
    "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA", "JAM", "JEY", "JOR", "JPN", "KAZ",
    "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY", "LCA", "LIE",
    "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS",
    "MWI", "MYS", "MYT", "NAM", "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL",
    "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER", "PHL", "PLW", "PNG", "POL", "PRI", "PRK",
    "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP",
    "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL",
    "TKM", "TLS", "TON", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY",
    "USA", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF",
    "ZMB", "ZWE",
];

/// User-assigned codes accepted beside the official list: `XKX`, Kosovo's
/// code as used by the European Commission, the IMF and the World Bank.
const USER_ASSIGNED: [&str; 1] = ["XKX"];

/// An ISO 3166-1 alpha-3 country code, such as `USA`, `RUS` or `UKR`.
///
/// Checked against the list of officially assigned codes (ISO 3166-1 as of
/// 2024, 249 codes), plus `XKX` for Kosovo, which ISO has not assigned but
/// international bodies use. Lower case input is accepted and upper-cased.
///
/// ```
/// use news_model::CountryCode;
/// let rus: CountryCode = "RUS".parse()?;
/// assert_eq!(rus.as_str(), "RUS");
/// assert!("XYZ".parse::<CountryCode>().is_err());
/// # Ok::<(), news_model::ValueError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// The code for `code` (three ASCII letters, any case).
    ///
    /// # Errors
    ///
    /// When `code` is not three ASCII letters or not an assigned code.
    pub fn new(code: &str) -> Result<CountryCode, ValueError> {
        let b = code.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_alphabetic) {
            return Err(ValueError::new(
                "country code",
                code,
                "expected three ASCII letters",
            ));
        }
        let upper = [
            b[0].to_ascii_uppercase(),
            b[1].to_ascii_uppercase(),
            b[2].to_ascii_uppercase(),
        ];
        // The bytes are ASCII letters, so this cannot fail.
        let s = std::str::from_utf8(&upper).unwrap_or_default();
        if ISO_3166_ALPHA3.binary_search(&s).is_ok() || USER_ASSIGNED.contains(&s) {
            Ok(CountryCode(upper))
        } else {
            Err(ValueError::new(
                "country code",
                code,
                "not an ISO 3166-1 alpha-3 code",
            ))
        }
    }

    /// The code as upper case text.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Every code this type accepts, officially assigned ones first.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        ISO_3166_ALPHA3
            .iter()
            .chain(USER_ASSIGNED.iter())
            .filter_map(|c| CountryCode::new(c).ok())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<CountryCode, ValueError> {
        CountryCode::new(s)
    }
}

impl AsRef<str> for CountryCode {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<CountryCode, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        CountryCode::new(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_unique() {
        assert!(ISO_3166_ALPHA3.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(CountryCode::all().count(), 250);
    }
}
