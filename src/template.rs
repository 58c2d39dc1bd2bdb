//! Message templates, written one way: every `{slot}` of a template is written by the
//! caller (a finding's parameter, a problem's value), the text around it as it stands. A
//! leaf: the catalogue's messages and the reader's problems both write through it.

/// Writes `template` into `out`, each `{slot}` by `write_slot`; a `{` that no `}` closes is
/// text.
pub(crate) fn fill(
    template: &str,
    out: &mut String,
    mut write_slot: impl FnMut(&str, &mut String),
) {
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((slot, after)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        write_slot(slot, out);
        rest = after;
    }
    out.push_str(rest);
}
