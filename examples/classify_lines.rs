//! Classifies one writing per line of standard input and prints, per line,
//! `class<TAB>region<TAB>e164<TAB>extension` (empty when absent): the library's side of the
//! numbering checks in `scripts/numbering/nanp.py`.

use std::io::{BufRead, BufWriter, Write};

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in stdin.lines() {
        let classified = callplan::classify(&line?);
        let e164 = classified.e164.unwrap_or_default();
        let extension = classified.extension.unwrap_or_default();
        let region = classified.region.unwrap_or_default();
        writeln!(
            out,
            "{}\t{region}\t{e164}\t{extension}",
            classified.class.as_str()
        )?;
    }
    out.flush()
}
