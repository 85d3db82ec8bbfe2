//! Decoding of small invented pages, encoded in the test itself.

use encoding_rs::{
    EUC_JP, Encoding, GBK, ISO_8859_2, KOI8_R, SHIFT_JIS, WINDOWS_1251, WINDOWS_1252,
};
use newsfacts_extract::encoding::{Decoded, decode_html, decode_text};

const RU: &str = "Городской совет утвердил новый план развития набережной. Работы начнутся \
весной и продлятся два года. Жители смогут высказать своё мнение на открытых слушаниях в \
районной библиотеке, а подробная схема будет опубликована на сайте администрации.";

const ZH: &str = "市政府周二宣布，新的公共图书馆将于明年春天开放。图书馆位于河边公园旁边，\
面积约为八千平方米，设有儿童阅读区和自习室。居民可以在网上提出对藏书的建议，\
开馆第一周所有活动都免费参加。";

const JA: &str = "市議会は火曜日、川沿いの古い橋を来年の夏までに全面的に改修することを決めた。\
工事の費用は約十億円と見込まれている。住民説明会は来月、市民会館で開かれる予定で、\
工事中は歩行者用の仮設通路が設けられるという。";

const PL: &str = "Rada miasta zdecydowała we wtorek, że stary most nad rzeką zostanie \
całkowicie odnowiony do przyszłego lata. Mieszkańcy będą mogli zgłaszać uwagi podczas \
spotkań w bibliotece, a szczegółowy harmonogram prac pojawi się w przyszłym tygodniu.";

const CS: &str = "Městská rada v úterý rozhodla, že starý most přes řeku bude do příštího \
léta zcela obnoven. Občané mohou své připomínky poslat e-mailem nebo je přednést na \
veřejném setkání v knihovně, které se uskuteční příští čtvrtek.";

const FR: &str = "Le conseil municipal a décidé mardi que le vieux pont sur la rivière \
serait entièrement rénové d’ici l’été prochain. Les habitants pourront donner leur avis \
lors d’une réunion publique à la médiathèque, où les plans détaillés seront exposés.";

const DE: &str = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss \
bis zum nächsten Sommer vollständig zu erneuern. Die Kosten werden auf rund zwölf Millionen \
Euro geschätzt; Fußgänger können während der Bauarbeiten eine Behelfsbrücke nutzen.";

/// A small news page around `body`, with `decl` in its head.
fn page(decl: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n{decl}\n<title>Local news</title>\n\
         <link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n\
         <article><h1>City council</h1>\n<p>{body}</p>\n</article>\n</body>\n</html>\n"
    )
}

fn encode(enc: &'static Encoding, text: &str) -> Vec<u8> {
    let (bytes, used, unmappable) = enc.encode(text);
    assert_eq!(used, enc, "encoding_rs used another encoding");
    assert!(!unmappable, "text not representable in {}", enc.name());
    bytes.into_owned()
}

fn meta(label: &str) -> String {
    format!("<meta charset=\"{label}\">")
}

#[track_caller]
fn assert_decoded(d: &Decoded, encoding: &str, body: &str) {
    assert_eq!(d.encoding, encoding);
    assert!(
        d.text.contains(body),
        "body not found in text decoded as {}: {}",
        d.encoding,
        d.text
    );
    assert!(!d.had_errors);
}

/// One language/encoding: correct declaration (meta and HTTP), wrong
/// declaration (UTF-8 in meta; wrong HTTP + correct meta), none.
#[track_caller]
fn check_legacy(enc: &'static Encoding, label: &str, body: &str) {
    let name = enc.name();
    // Correct meta declaration.
    let bytes = encode(enc, &page(&meta(label), body));
    assert_decoded(&decode_html(&bytes, None), name, body);
    // Correct HTTP declaration, no meta.
    let bytes = encode(enc, &page("", body));
    let header = format!("text/html; charset={label}");
    assert_decoded(&decode_html(&bytes, Some(&header)), name, body);
    // Wrong meta declaration (a template's utf-8): the bytes win.
    let bytes = encode(enc, &page(&meta("utf-8"), body));
    assert_decoded(&decode_html(&bytes, None), name, body);
    // Wrong HTTP charset (utf-8), correct meta: the meta is used.
    let bytes = encode(enc, &page(&meta(label), body));
    assert_decoded(
        &decode_html(&bytes, Some("text/html; charset=UTF-8")),
        name,
        body,
    );
    // No declaration at all: sniffed.
    let bytes = encode(enc, &page("", body));
    assert_decoded(&decode_html(&bytes, None), name, body);
    // Same body as flattened text.
    assert_decoded(&decode_text(&encode(enc, body)), name, body);
}

#[test]
fn windows_1251_russian() {
    check_legacy(WINDOWS_1251, "windows-1251", RU);
}

#[test]
fn gbk_chinese() {
    check_legacy(GBK, "gbk", ZH);
    // "gb2312" resolves to GBK as in browsers.
    let bytes = encode(GBK, &page(&meta("gb2312"), ZH));
    assert_decoded(&decode_html(&bytes, None), "GBK", ZH);
}

#[test]
fn euc_jp_japanese() {
    check_legacy(EUC_JP, "euc-jp", JA);
}

#[test]
fn shift_jis_japanese() {
    check_legacy(SHIFT_JIS, "shift_jis", JA);
}

#[test]
fn japanese_declared_in_the_other_legacy_encoding() {
    // Shift_JIS bytes declared EUC-JP (and the reverse): too many malformed
    // sequences, the declaration is set aside.
    let bytes = encode(SHIFT_JIS, &page(&meta("euc-jp"), JA));
    assert_decoded(&decode_html(&bytes, None), "Shift_JIS", JA);
    let bytes = encode(EUC_JP, &page(&meta("shift_jis"), JA));
    assert_decoded(&decode_html(&bytes, None), "EUC-JP", JA);
}

#[test]
fn iso_8859_2_polish_and_czech() {
    check_legacy(ISO_8859_2, "iso-8859-2", PL);
    check_legacy(ISO_8859_2, "latin2", CS);
}

#[test]
fn windows_1252_french_and_german() {
    check_legacy(WINDOWS_1252, "windows-1252", FR);
    check_legacy(WINDOWS_1252, "windows-1252", DE);
    // "latin1" / "iso-8859-1" resolve to windows-1252 as in browsers.
    let bytes = encode(WINDOWS_1252, &page(&meta("latin1"), DE));
    assert_decoded(&decode_html(&bytes, None), "windows-1252", DE);
    let bytes = encode(WINDOWS_1252, &page("", FR));
    assert_decoded(&decode_html(&bytes, Some("ISO-8859-1")), "windows-1252", FR);
}

#[test]
fn utf8_page_with_wrong_single_byte_declaration() {
    for body in [RU, FR, DE, PL] {
        let bytes = page(&meta("windows-1251"), body).into_bytes();
        assert_decoded(&decode_html(&bytes, None), "UTF-8", body);
        let bytes = page(&meta("iso-8859-2"), body).into_bytes();
        assert_decoded(
            &decode_html(&bytes, Some("text/html; charset=iso-8859-1")),
            "UTF-8",
            body,
        );
    }
}

#[test]
fn utf8_page_with_wrong_multi_byte_declaration() {
    for (label, body) in [("gb2312", JA), ("shift_jis", ZH), ("euc-jp", RU)] {
        let bytes = page(&meta(label), body).into_bytes();
        assert_decoded(&decode_html(&bytes, None), "UTF-8", body);
    }
}

#[test]
fn utf8_correct_and_undeclared() {
    for body in [RU, ZH, JA, PL, CS, FR, DE] {
        let bytes = page(&meta("utf-8"), body).into_bytes();
        assert_decoded(&decode_html(&bytes, None), "UTF-8", body);
        let bytes = page("", body).into_bytes();
        assert_decoded(&decode_html(&bytes, None), "UTF-8", body);
        assert_decoded(&decode_text(body.as_bytes()), "UTF-8", body);
    }
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

fn utf16be(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

#[test]
fn utf16le_with_bom_wins() {
    for body in [RU, ZH, DE] {
        for decl in [meta("utf-16"), meta("windows-1252"), String::new()] {
            let bytes = utf16le_with_bom(&page(&decl, body));
            let d = decode_html(&bytes, None);
            assert_decoded(&d, "UTF-16LE", body);
            assert!(d.text.starts_with("<!DOCTYPE html>"), "BOM kept");
            // Even over a wrong HTTP charset.
            let d = decode_html(&bytes, Some("text/html; charset=iso-8859-1"));
            assert_decoded(&d, "UTF-16LE", body);
        }
        assert_decoded(&decode_text(&utf16le_with_bom(body)), "UTF-16LE", body);
    }
}

#[test]
fn utf16_without_bom_is_sniffed() {
    let mut le = utf16le_with_bom(&page("", DE));
    le.drain(..2);
    assert_decoded(&decode_html(&le, None), "UTF-16LE", DE);
    let be = utf16be(&page("", RU));
    assert_decoded(&decode_html(&be, None), "UTF-16BE", RU);
    assert_decoded(&decode_html(&be, Some("utf-16be")), "UTF-16BE", RU);
}

#[test]
fn utf8_with_bom_wins() {
    for body in [RU, ZH, FR] {
        for decl in [
            meta("utf-8"),
            meta("windows-1251"),
            meta("gbk"),
            String::new(),
        ] {
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend_from_slice(page(&decl, body).as_bytes());
            let d = decode_html(&bytes, Some("text/html; charset=shift_jis"));
            assert_decoded(&d, "UTF-8", body);
            assert!(d.text.starts_with("<!DOCTYPE html>"), "BOM kept");
        }
    }
}

#[test]
fn utf16_declared_in_meta_means_utf8() {
    let bytes = page(&meta("utf-16"), RU).into_bytes();
    assert_decoded(&decode_html(&bytes, None), "UTF-8", RU);
    // UTF-16 from HTTP over bytes without a single NUL is ignored too.
    assert_decoded(
        &decode_html(&bytes, Some("text/html; charset=utf-16le")),
        "UTF-8",
        RU,
    );
}

#[test]
fn empty_input() {
    for d in [
        decode_html(b"", None),
        decode_html(b"", Some("gbk")),
        decode_text(b""),
    ] {
        assert!(d.text.is_empty());
        assert!(!d.had_errors);
    }
    assert_eq!(decode_html(b"", None).encoding, "UTF-8");
}

#[test]
fn pure_ascii_is_utf8() {
    let d = decode_html(page("", "Plain ASCII news.").as_bytes(), None);
    assert_decoded(&d, "UTF-8", "Plain ASCII news.");
    // An ASCII page keeps its (harmless) legacy declaration.
    let d = decode_html(page(&meta("koi8-r"), "Plain.").as_bytes(), None);
    assert_decoded(&d, "KOI8-R", "Plain.");
}

#[test]
fn truncated_multibyte_sequence_at_the_end() {
    // UTF-8 cut inside its last character, declared and undeclared.
    for decl in ["", "<meta charset=utf-8>"] {
        let full = page(decl, RU);
        let cut = full
            .find("районной")
            .map(|i| i + "ра".len() + 1)
            .unwrap_or(0);
        let bytes = &full.as_bytes()[..cut];
        let d = decode_html(bytes, None);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.had_errors);
        assert!(d.text.ends_with("ра\u{FFFD}"), "{:?}", d.text);
    }
    // Plain text cut inside the last character.
    let bytes = &"Привет".as_bytes()[.."Привет".len() - 1];
    let d = decode_text(bytes);
    assert_eq!(
        (d.text.as_str(), d.encoding, d.had_errors),
        ("Приве\u{FFFD}", "UTF-8", true)
    );
    // GBK cut after a lead byte.
    let mut bytes = encode(GBK, &page(&meta("gbk"), ZH));
    bytes.truncate(bytes.len() - "</p>\n</article>\n</body>\n</html>\n".len() - 1);
    let d = decode_html(&bytes, None);
    assert_eq!(d.encoding, "GBK");
    assert!(d.had_errors);
    assert!(d.text.ends_with("免费参加\u{FFFD}"), "{:?}", d.text);
}

#[test]
fn a_few_stray_bytes_keep_utf8() {
    // Declared UTF-8 with one stray windows-1252 byte amid Cyrillic.
    let mut bytes = page(&meta("utf-8"), RU).into_bytes();
    let at = page(&meta("utf-8"), RU).find("Работы").unwrap_or(0);
    bytes.insert(at, 0xE9);
    for d in [decode_html(&bytes, None), decode_text(&bytes)] {
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.had_errors);
        assert_eq!(d.text.matches('\u{FFFD}').count(), 1);
    }
}

#[test]
fn utf8_declaration_over_few_latin1_bytes_is_rejected() {
    // Only three accented characters, declared UTF-8: more malformed
    // sequences than valid non-ASCII characters → windows-1252.
    let body = "The café on Main Street reopened after the storm; its owner, Zoë, thanks the façade builders.";
    let bytes = encode(WINDOWS_1252, &page(&meta("utf-8"), body));
    assert_decoded(&decode_html(&bytes, None), "windows-1252", body);
}

#[test]
fn meta_after_1024_bytes_is_ignored_but_sniffing_gets_it() {
    let filler = format!("<script>/* {} */</script>", "x".repeat(1100));
    // Late meta says windows-1252, bytes are windows-1251: the meta must
    // not be used, sniffing must find windows-1251.
    let html = page(
        &format!("{filler}\n{}", meta("windows-1252")),
        &format!("{RU} {RU}"),
    );
    let bytes = encode(WINDOWS_1251, &html);
    assert_decoded(&decode_html(&bytes, None), "windows-1251", RU);
    // Late but correct meta: the same result.
    let html = page(&format!("{filler}\n{}", meta("shift_jis")), JA);
    let bytes = encode(SHIFT_JIS, &html);
    assert_decoded(&decode_html(&bytes, None), "Shift_JIS", JA);
}

#[test]
fn prescan_variants() {
    let ru_koi8 = |decl: &str| encode(KOI8_R, &page(decl, RU));
    let cases = [
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
        "<META CONTENT='text/html;charset=KOI8-R' HTTP-EQUIV='content-type'>",
        "<meta charset=koi8-r>",
        "<meta\tcharset = \"koi8-r\" />",
        "<meta name=viewport content=\"width=device-width\"><meta charset='koi8-r'>",
        "<meta http-equiv=content-type content='text/html; charset = \"koi8-r\"'>",
        "<!-- <meta charset=\"windows-1252\"> --><meta charset=\"koi8-r\">",
        "<!--><meta charset=\"koi8-r\">",
        "<link title='<meta charset=gbk>'><meta charset=koi8-r>",
    ];
    for decl in cases {
        let d = decode_html(&ru_koi8(decl), None);
        assert_eq!(d.encoding, "KOI8-R", "{decl}");
        assert!(d.text.contains(RU), "{decl}");
    }
}

#[test]
fn prescan_ignores_invalid_declarations() {
    // content= without http-equiv, an unknown label, a "replacement" label:
    // no declaration → sniffed as windows-1251.
    for decl in [
        "<meta content=\"text/html; charset=koi8-r\">",
        "<meta charset=\"no-such-charset\">",
        "<meta charset=\"iso-2022-kr\">",
        "<meta http-equiv=\"refresh\" content=\"5; charset=koi8-r\">",
    ] {
        let bytes = encode(WINDOWS_1251, &page(decl, RU));
        assert_decoded(&decode_html(&bytes, None), "windows-1251", RU);
    }
    // Same for an unusable HTTP charset.
    let bytes = encode(WINDOWS_1251, &page("", RU));
    for header in [
        "text/html; charset=bogus",
        "text/html",
        "text/html; charset=iso-2022-kr",
    ] {
        assert_decoded(&decode_html(&bytes, Some(header)), "windows-1251", RU);
    }
}

#[test]
fn http_charset_forms() {
    let bytes = encode(SHIFT_JIS, &page("", JA));
    for header in [
        "Shift_JIS",
        " sjis ",
        "text/html; charset=Shift_JIS",
        "text/html;charset=\"shift_jis\"",
        "text/html; foo=bar; CHARSET='x-sjis'",
        "charset=shift_jis",
    ] {
        assert_decoded(&decode_html(&bytes, Some(header)), "Shift_JIS", JA);
    }
}

#[test]
fn xml_declaration_is_used() {
    let html = format!(
        "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n{}",
        page("", RU)
    );
    let bytes = encode(WINDOWS_1251, &html);
    assert_decoded(&decode_html(&bytes, None), "windows-1251", RU);
    // The meta tag outranks it.
    let html = format!(
        "<?xml version='1.0' encoding='utf-8'?>\n{}",
        page(&meta("koi8-r"), RU)
    );
    let bytes = encode(KOI8_R, &html);
    assert_decoded(&decode_html(&bytes, None), "KOI8-R", RU);
}

#[test]
fn junk_never_panics() {
    let mut junk: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
    junk.extend_from_slice(b"<meta charset=utf-8>\xF0\x9F\x98");
    let mut state = 0x1234_5678u32;
    let random: Vec<u8> = (0..70_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect();
    for bytes in [
        &junk[..],
        &random[..],
        b"\xFF",
        b"\xFE",
        b"\xEF\xBB",
        b"<meta charset=",
        b"<!--",
    ] {
        for http in [
            None,
            Some("utf-8"),
            Some("gbk"),
            Some("utf-16"),
            Some("shift_jis"),
        ] {
            let d = decode_html(bytes, http);
            assert!(!d.encoding.is_empty());
        }
        let _ = decode_text(bytes);
    }
}

#[test]
fn a_few_windows_1252_symbols_are_not_sniffed_as_cyrillic() {
    // chardetng alone guesses IBM866 for "§§ … —" (seen on a real page).
    let body = "Under the Code of Civil Procedure, §§ 1280 et seq. \u{2014} \u{201C}no other\u{201D} terms apply.";
    for decl in ["", "<meta charset=utf-8>"] {
        let bytes = encode(WINDOWS_1252, &page(decl, body));
        assert_decoded(&decode_html(&bytes, None), "windows-1252", body);
    }
    // A short Cyrillic title (letters at 0xC0–0xFF) still goes to chardetng.
    let body = "Новости города: мост закроют";
    let bytes = encode(WINDOWS_1251, &page("", body));
    assert_decoded(&decode_html(&bytes, None), "windows-1251", body);
}

#[test]
fn iso_2022_jp_declared_and_undeclared() {
    let iso = encoding_rs::ISO_2022_JP;
    assert_decoded(
        &decode_html(&encode(iso, &page("", JA)), None),
        "ISO-2022-JP",
        JA,
    );
    let bytes = encode(iso, &page(&meta("iso-2022-jp"), JA));
    assert_decoded(&decode_html(&bytes, None), "ISO-2022-JP", JA);
    assert_decoded(&decode_text(&encode(iso, JA)), "ISO-2022-JP", JA);
}
