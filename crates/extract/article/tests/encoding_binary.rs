//! `is_binary`: junk that is neither HTML nor text.

use newsfacts_extract::encoding::is_binary;

fn utf16(text: &str, le: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
        .collect()
}

#[test]
fn text_and_html_are_not_binary() {
    let ru = "<p>Городской совет утвердил новый план развития набережной.</p>\n";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(ru);
    let (sjis, _, _) =
        encoding_rs::SHIFT_JIS.encode("<p>市議会は火曜日、古い橋を改修することを決めた。</p>");
    let (iso2022, _, _) =
        encoding_rs::ISO_2022_JP.encode("市議会は火曜日、古い橋を改修することを決めた。");
    assert!(iso2022.contains(&0x1B));
    let mut bom16 = vec![0xFF, 0xFE];
    bom16.extend(utf16("<html><body>Привет</body></html>", true));
    let mut bom16be = vec![0xFE, 0xFF];
    bom16be.extend(utf16("<html>Ёлка</html>", false));
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"<!DOCTYPE html><html><body><p>Hello</p></body></html>".to_vec(),
        b"Plain text,\r\n\twith tabs,\x0Cform feeds and lines.\n".to_vec(),
        ru.as_bytes().to_vec(),
        cp1251.into_owned(),
        sjis.into_owned(),
        iso2022.into_owned(),
        bom16,
        bom16be,
        utf16("<html><body>BOM-less UTF-16 page</body></html>", true),
        utf16("<html><body>BOM-less UTF-16 page</body></html>", false),
        b"\xEF\xBB\xBFUTF-8 with a BOM".to_vec(),
        // Text that happens to start like a magic number.
        b"BMW unveils a new car".to_vec(),
        b"ID3 tags explained".to_vec(),
        b"MZ is a two-letter word".to_vec(),
        b"PK: the penalty kick".to_vec(),
        b"GIF images on the web".to_vec(),
        // One stray control byte in a long text.
        [&b"a\x01"[..], &b"lorem ipsum ".repeat(20)].concat(),
    ];
    for bytes in inputs {
        assert!(!is_binary(&bytes), "{:?}", String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn magic_numbers_are_binary() {
    let inputs: [&[u8]; 16] = [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"GIF89a\x01\x00\x01\x00",
        b"\xFF\xD8\xFF\xE0\x00\x10JFIF",
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x1F\x8B\x08\x00\x00\x00\x00\x00",
        b"RIFF\x24\x00\x00\x00WEBPVP8 ",
        b"\x00\x00\x00\x20ftypisom",
        b"\x7FELF\x02\x01\x01",
        b"BZh91AY&SY",
        b"\xFD7zXZ\x00\x00",
        b"\x28\xB5\x2F\xFD\x24",
        b"ID3\x03\x00\x00\x00\x00",
        b"CWS\x0A\x00\x00",
        b"BM\x36\x00\x0C\x00\x00\x00\x00\x00\x36",
        b"wOF2\x00\x01\x00\x00",
    ];
    for bytes in inputs {
        assert!(is_binary(bytes), "{bytes:?}");
    }
}

#[test]
fn nul_bytes_and_control_bytes_are_binary() {
    // A NUL within the first KB (not UTF-16).
    assert!(is_binary(b"<html>\x00\x00\x13\x07 junk</html>"));
    // Random bytes.
    let mut state = 0x9E37_79B9u32;
    let random: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect();
    assert!(is_binary(&random));
    // Random bytes with the NULs removed: still too many control bytes.
    let no_nul: Vec<u8> = random.iter().copied().filter(|&b| b != 0).collect();
    assert!(is_binary(&no_nul));
    // Mostly control characters.
    assert!(is_binary(b"\x01\x02\x03\x04\x05\x06 text \x07\x08\x10\x11"));
    // A NUL after the first KB is not looked at.
    let late = [&b"text ".repeat(300)[..], b"\x00"].concat();
    assert!(!is_binary(&late));
}
