//! The layers of `src/` import one way. Reads every `crate::` path in the source (in `use`
//! statements, braces expanded, and inline) and fails, naming the file and line, on an
//! import that runs up a layer, on one between two checks, on a shared module that imports
//! a check, and on any cycle between modules.

#![allow(
    clippy::indexing_slicing,
    clippy::panic,
    reason = "a source reader inside a test: a bad slice or an unknown module fails the test"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, top to bottom, each with the first segments of the module paths in it
/// (`""` is the crate root). A module may import from its own layer and the layers below.
const LAYERS: &[(&str, &[&str])] = &[
    ("the public surface and its answer path", &["", "answer"]),
    ("contract", &["contract"]),
    ("checks", &["checks"]),
    ("findings", &["findings"]),
    ("catalogue", &["catalogue"]),
    ("numbers and dates", &["numbers", "date", "serde_name"]),
    (
        "leaves: JSON pointers, JSON reading and its problems, locales, templates, ordering",
        &[
            "pointer",
            "read_json",
            "problem",
            "locale",
            "template",
            "ordering",
        ],
    ),
];

/// One `crate::` path found in a source file.
#[derive(Debug)]
struct Import {
    file: PathBuf,
    line: usize,
    path: String,
}

/// A module of the crate: its path (`checks::shared::order`) and its file.
struct Module {
    path: String,
    file: PathBuf,
    source: String,
}

fn modules() -> Vec<Module> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(&root).unwrap_or(&file);
            let mut segments: Vec<String> = relative
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(segments.last().map(String::as_str), Some("mod" | "lib")) {
                segments.pop();
            }
            let source = std::fs::read_to_string(&file).unwrap_or_default();
            Module {
                path: segments.join("::"),
                file,
                source,
            }
        })
        .collect()
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The source with comments blanked (line numbers kept).
fn code_only(source: &str) -> Vec<String> {
    source
        .lines()
        .map(|line| match line.find("//") {
            Some(start) if !line[..start].contains('"') => line[..start].to_owned(),
            _ => line.to_owned(),
        })
        .collect()
}

/// Every `crate::` path in a module, `use crate::a::{b, c::d}` expanded to each path.
fn imports(module: &Module) -> Vec<Import> {
    let lines = code_only(&module.source);
    let text = lines.join("\n");
    let mut found = Vec::new();
    let mut rest = text.as_str();
    let mut offset = 0;
    while let Some(at) = rest.find("crate::") {
        let start = offset + at;
        let line = text[..start].matches('\n').count() + 1;
        let after = &text[start + "crate::".len()..];
        let mut paths = Vec::new();
        expand("", after, &mut paths);
        for path in paths {
            found.push(Import {
                file: module.file.clone(),
                line,
                path,
            });
        }
        offset = start + "crate::".len();
        rest = &text[offset..];
    }
    found
}

/// Reads a path (and, after `::{`, the brace group) from the start of `text`.
fn expand(prefix: &str, text: &str, paths: &mut Vec<String>) {
    let length = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(text.len());
    let path = format!("{prefix}{}", &text[..length]);
    let tail = text[length..].trim_start();
    if path.ends_with("::") && tail.starts_with('{') {
        for item in brace_items(tail) {
            expand(&path, item.trim(), paths);
        }
    } else {
        let path = path.trim_end_matches("::").to_owned();
        let is_macro = tail.starts_with('!');
        paths.push(if is_macro { format!("{path}!") } else { path });
    }
}

/// The comma-separated items of the brace group `text` starts with.
fn brace_items(text: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 1usize);
    for (index, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    items.push(&text[start..index]);
                    break;
                }
            }
            ',' if depth == 1 => {
                items.push(&text[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    items.retain(|item| !item.trim().is_empty());
    items
}

/// The module an import path refers to: the longest module path it starts with; a macro
/// exported at the crate root counts as its defining module.
fn target(path: &str, modules: &[Module], macros: &BTreeMap<String, String>) -> String {
    if let Some(name) = path.strip_suffix('!') {
        if let Some(module) = macros.get(name) {
            return module.clone();
        }
    }
    let path = path.trim_end_matches('!');
    modules
        .iter()
        .map(|module| module.path.as_str())
        .filter(|module| {
            module.is_empty() || path == *module || path.starts_with(&format!("{module}::"))
        })
        .max_by_key(|module| module.len())
        .unwrap_or("")
        .to_owned()
}

/// `#[macro_export]` macros by name, with the module that defines them.
fn exported_macros(modules: &[Module]) -> BTreeMap<String, String> {
    let mut macros = BTreeMap::new();
    for module in modules {
        let mut exported = false;
        for line in module.source.lines() {
            let line = line.trim();
            if line == "#[macro_export]" {
                exported = true;
            } else if let Some(name) = line.strip_prefix("macro_rules! ") {
                if exported {
                    let name = name.trim_end_matches(" {").trim().to_owned();
                    macros.insert(name, module.path.clone());
                }
                exported = false;
            }
        }
    }
    macros
}

fn layer_of(module: &str) -> usize {
    let first = module.split("::").next().unwrap_or("");
    LAYERS
        .iter()
        .position(|(_, roots)| roots.contains(&first))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer: add it to LAYERS"))
}

/// The check a module belongs to (`checks::port_order` → `port_order`), `None` for the
/// table (`checks`), shared modules and modules outside the checks.
fn check_of(module: &str) -> Option<&str> {
    let rest = module.strip_prefix("checks::")?;
    let first = rest.split("::").next()?;
    (first != "shared").then_some(first)
}

/// Why importing `to` from `from` breaks the layering, if it does.
fn violation(from: &str, to: &str) -> Option<String> {
    let (from_layer, to_layer) = (layer_of(from), layer_of(to));
    if to_layer < from_layer {
        return Some(format!(
            "runs up from {} to {}",
            LAYERS[from_layer].0, LAYERS[to_layer].0
        ));
    }
    let from_shared = from.starts_with("checks::shared");
    match (check_of(from), check_of(to)) {
        (Some(a), Some(b)) if a != b => Some(format!("runs across between checks `{a}` and `{b}`")),
        (_, Some(check)) if from_shared => {
            Some(format!("a shared module imports the check `{check}`"))
        }
        (Some(check), None) if to == "checks" => {
            Some(format!("the check `{check}` imports the table of checks"))
        }
        _ => None,
    }
}

/// Whether `to` is `from` itself or one of its submodules (the crate root's submodules are
/// the layers, so they count).
fn is_within(from: &str, to: &str) -> bool {
    to == from || (!from.is_empty() && to.starts_with(&format!("{from}::")))
}

/// The crate's modules with what each imports.
struct Graph {
    /// Module → the modules it imports (itself and its own submodules left out).
    edges: BTreeMap<String, BTreeSet<String>>,
    /// Every import with the module it is in and the module it reaches.
    imports: Vec<(Import, String, String)>,
}

/// The module graph: which module imports which.
fn graph() -> Graph {
    let modules = modules();
    let macros = exported_macros(&modules);
    let mut graph = Graph {
        edges: BTreeMap::new(),
        imports: Vec::new(),
    };
    for module in &modules {
        for import in imports(module) {
            let to = target(&import.path, &modules, &macros);
            if !is_within(&module.path, &to) {
                let targets = graph.edges.entry(module.path.clone()).or_default();
                targets.insert(to.clone());
            }
            graph.imports.push((import, module.path.clone(), to));
        }
    }
    graph
}

#[test]
fn imports_run_down_the_layers_and_never_between_checks() {
    let mut problems = Vec::new();
    for (import, from, to) in &graph().imports {
        if is_within(from, to) {
            continue;
        }
        if let Some(reason) = violation(from, to) {
            let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
            let file = import.file.strip_prefix(manifest).unwrap_or(&import.file);
            problems.push(format!(
                "{}:{}: `crate::{}` {reason}",
                file.display(),
                import.line,
                import.path
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "imports against the layering:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_two_modules_import_each_other_even_indirectly() {
    let edges = graph().edges;
    let mut cycles = Vec::new();
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((module, trail)) = stack.pop() {
            for next in edges.get(&module).into_iter().flatten() {
                if next == start {
                    cycles.push(format!("{} → {start}", trail.join(" → ")));
                } else if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn every_layer_and_the_check_rules_are_seen_by_the_reader() {
    // The reader itself: a grouped import expands to each path, a macro maps to its module,
    // and each kind of violation is named.
    let mut paths = Vec::new();
    expand(
        "",
        "checks::{shared::order::{Block, TrialOrg}, Check};",
        &mut paths,
    );
    assert_eq!(
        paths,
        [
            "checks::shared::order::Block",
            "checks::shared::order::TrialOrg",
            "checks::Check"
        ]
    );
    assert!(violation("catalogue::rules", "findings").is_some());
    assert!(violation("checks::port_order", "checks::new_number_order").is_some());
    assert!(violation("checks::shared::order", "checks::order_plan").is_some());
    assert!(violation("checks::port_order", "checks::shared::order").is_none());
    assert!(violation("contract::request", "checks").is_none());
    assert!(violation("", "contract::request").is_none());
    let edges = graph().edges;
    assert!(edges
        .get("contract::request")
        .is_some_and(|targets| targets.contains("checks")));
}

#[test]
fn the_core_touches_no_file_system_network_or_process() {
    let io = ["std::fs", "std::net", "std::process", "std::env", "std::io"];
    let offenders: Vec<String> = modules()
        .iter()
        .filter(|module| {
            code_only(&module.source)
                .iter()
                .any(|line| io.iter().any(|path| line.contains(path)))
        })
        .map(|module| module.file.display().to_string())
        .collect();
    assert!(offenders.is_empty(), "I/O in the core: {offenders:?}");
}

/// The files the architecture guide (`docs/architecture.md`) lists for a new check,
/// `<check>` standing for its module's name.
fn files_the_readme_lists_for_a_new_check() -> BTreeSet<String> {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md");
    let readme = std::fs::read_to_string(guide).unwrap_or_default();
    let list = readme
        .split("<!-- files-of-a-new-check -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- end -->").next())
        .unwrap_or_else(|| panic!("docs/architecture.md has no list of a new check's files"));
    list.lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|line| line.split('`').next())
        .map(str::to_owned)
        .collect()
}

/// Every Rust file of the core, the bindings and the testing crate, relative to the
/// repository.
fn workspace_rust_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "src",
        "derive/src",
        "testing/src",
        "bindings/cli/src",
        "bindings/wasm/src",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    files
        .into_iter()
        .map(|file| {
            let source = std::fs::read_to_string(&file).unwrap_or_default();
            let relative = file.strip_prefix(root).unwrap_or(&file);
            (relative.display().to_string(), source)
        })
        .collect()
}

#[test]
fn a_new_check_touches_only_the_files_the_readme_lists() {
    let listed = files_the_readme_lists_for_a_new_check();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = workspace_rust_files();
    for name in callplan::Check::NAMES {
        let names_the_check = |line: &String| {
            line.contains(&format!("{name}::"))
                || line.contains(&format!("mod {name};"))
                || line.contains(&format!("module: {name},"))
        };
        for (path, source) in &files {
            if code_only(source).iter().any(names_the_check) {
                let generic = path.replace(name, "<check>");
                assert!(
                    listed.contains(&generic),
                    "{path} names the check `{name}` in its code, and the list in docs/architecture.md of the files a new check touches has no {generic}"
                );
            }
        }
        for listed_path in &listed {
            let path = root.join(listed_path.replace("<check>", name));
            assert!(
                path.exists(),
                "docs/architecture.md lists {listed_path}, and {} is missing",
                path.display()
            );
        }
    }
    assert!(listed.contains("src/checks/mod.rs") && listed.contains("src/catalogue/rules.rs"));
}

/// The files that build requests of every check for the tests, the benchmarks and the fuzzer,
/// as the list in docs/architecture.md names them: a check they leave out is neither generated, measured nor
/// fuzzed.
const REQUEST_GENERATORS: [&str; 3] = [
    "tests/support/requests.rs",
    "benches/support/mod.rs",
    "fuzz/fuzz_targets/structured.rs",
];

#[test]
fn every_check_is_built_wherever_requests_are_generated() {
    let listed = files_the_readme_lists_for_a_new_check();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for generator in REQUEST_GENERATORS {
        assert!(
            listed.contains(generator),
            "the list in docs/architecture.md of a new check's files has no {generator}"
        );
        let source = std::fs::read_to_string(root.join(generator)).unwrap_or_default();
        for name in callplan::Check::NAMES {
            assert!(
                source.contains(&format!("\"{name}\"")),
                "{generator} builds no `{name}` request"
            );
        }
    }
}
