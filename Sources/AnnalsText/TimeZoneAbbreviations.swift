/// Time-zone abbreviations seen in news bylines, as UTC offsets in minutes.
///
/// Data, not logic. Ambiguous ones take their most common newsroom reading:
/// IST is India, CST is US Central, BST is British Summer Time, and ET/CT/MT/PT
/// (which do not say whether daylight time applies) take the standard-time offset.
enum TimeZoneAbbreviations {
  static let offsets: [String: Int] = [
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0,
    "BST": 60, "IST": 330, "WEST": 60, "CET": 60, "CEST": 120, "MET": 60, "MEST": 120,
    "EET": 120, "EEST": 180, "SAST": 120, "CAT": 120, "EAT": 180, "WAT": 60,
    "MSK": 180, "TRT": 180, "GST": 240, "PKT": 300, "NPT": 345, "BDT": 360,
    "ICT": 420, "WIB": 420, "WITA": 480, "WIT": 540, "PHT": 480, "PST": -480,
    "HKT": 480, "SGT": 480, "MYT": 480, "AWST": 480, "CST": -360, "KST": 540, "JST": 540,
    "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PDT": -420,
    "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
    "ET": -300, "CT": -360, "MT": -420, "PT": -480, "BRT": -180, "ART": -180,
  ]
}
