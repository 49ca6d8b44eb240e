//! A thin layer over krilla for the portal's documents.
//!
//! Layout code works in two steps. First it places text and shapes on pages of a [`Doc`] and
//! links every piece of real content into a tree of structure tags (headings, paragraphs, tables,
//! figures); decoration such as rules and cut lines is marked as an artifact. Then
//! [`Doc::finish`] draws the pages with krilla and attaches the tag tree, the title, the language
//! and an outline, so the result is a tagged PDF that krilla validates against PDF/UA-1.
//!
//! Coordinates are PDF points from the top-left corner of an A4 page, y growing downwards; a
//! text's y is its baseline. Text is set in the embedded Liberation Sans, one glyph per
//! character from the font's cmap (no kerning or ligatures), which is what the same widths
//! [`width`] and [`wrap`] measure with.

use std::collections::HashMap;
use std::num::NonZeroU16;
use std::sync::LazyLock;

use krilla::color::luma;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{Path, PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag, TableHeaderScope, Tag, TagGroup, TagKind, TagTree};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use skrifa::instance::{LocationRef, Size};
use skrifa::MetadataProvider;

/// Points per millimetre.
pub(super) const MM: f32 = 72.0 / 25.4;
pub(super) const PAGE_WIDTH: f32 = 210.0 * MM;
pub(super) const PAGE_HEIGHT: f32 = 297.0 * MM;

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Weight {
    Regular,
    Bold,
}

struct Face {
    pdf: Font,
    /// Every character the font maps, with its glyph and advance in ems; looked up once here
    /// because measuring and wrapping ask for every character many times.
    glyphs: HashMap<char, (GlyphId, f32)>,
    units_per_em: f32,
    ascent: f32,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Face {
        let data = skrifa::FontRef::new(bytes).expect("the embedded font parses");
        let metrics = data.metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = f32::from(metrics.units_per_em);
        let advances = data.glyph_metrics(Size::unscaled(), LocationRef::default());
        let glyphs = data
            .charmap()
            .mappings()
            .filter_map(|(code, id)| {
                let advance = advances.advance_width(id)?;
                Some((char::from_u32(code)?, (GlyphId::new(id.to_u32()), advance / units_per_em)))
            })
            .collect();
        Face { pdf: Font::new(bytes.into(), 0).expect("the embedded font loads"), glyphs, units_per_em, ascent: metrics.ascent }
    }

    fn glyph(&self, c: char) -> Option<(GlyphId, f32)> {
        self.glyphs.get(&c).copied()
    }
}

static REGULAR: LazyLock<Face> = LazyLock::new(|| Face::load(REGULAR_TTF));
static BOLD: LazyLock<Face> = LazyLock::new(|| Face::load(BOLD_TTF));

fn face(weight: Weight) -> &'static Face {
    match weight {
        Weight::Regular => &REGULAR,
        Weight::Bold => &BOLD,
    }
}

/// The height of the font's ascender at `size` points: from the top of a line to its baseline.
pub(super) fn ascent(size: f32) -> f32 {
    REGULAR.ascent / REGULAR.units_per_em * size
}

/// Makes text drawable: tabs become spaces, other control characters go, and a character that
/// neither face has (an emoji, say) becomes '?', because a missing glyph would make the PDF
/// fail PDF/UA and print as an empty box.
pub(super) fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            c if c.is_control() || matches!(c, '\u{feff}' | '\u{fffe}') => None,
            c if REGULAR.glyph(c).is_some() && BOLD.glyph(c).is_some() => Some(c),
            _ => Some('?'),
        })
        .collect()
}

/// The width of one line of (cleaned) text in points.
pub(super) fn width(text: &str, size: f32, weight: Weight) -> f32 {
    let face = face(weight);
    text.chars().map(|c| face.glyph(c).map_or(0.0, |(_, advance)| advance)).sum::<f32>() * size
}

/// Breaks text into lines no wider than `max` points: at spaces where possible, inside a word
/// only when the word alone is too wide. A newline is a hard break; text is cleaned first.
pub(super) fn wrap(text: &str, size: f32, weight: Weight, max: f32) -> Vec<String> {
    let space = width(" ", size, weight);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in clean(paragraph).split(' ').filter(|w| !w.is_empty()) {
            let word_width = width(word, size, weight);
            if line.is_empty() && word_width <= max {
                (line, line_width) = (word.to_string(), word_width);
                continue;
            }
            if !line.is_empty() && line_width + space + word_width <= max {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            if word_width <= max {
                (line, line_width) = (word.to_string(), word_width);
                continue;
            }
            // A word wider than the line is cut where it reaches the edge.
            for c in word.chars() {
                let w = width(c.encode_utf8(&mut [0; 4]), size, weight);
                if line_width + w > max && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                line.push(c);
                line_width += w;
            }
        }
        lines.push(line);
    }
    lines
}

/// What a piece of content means to assistive technology.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Mark {
    /// Decoration: not part of the structure tree.
    Artifact(ArtifactType),
    /// Real content, the leaf with this number in the structure tree.
    Leaf(usize),
}

enum Paint {
    /// Black or white; even-odd filling makes a circle inside a circle a ring.
    Fill {
        white: bool,
        even_odd: bool,
    },
    Stroke {
        width: f32,
        dash: Option<f32>,
        gray: u8,
    },
}

enum Op {
    Text { x: f32, y: f32, size: f32, weight: Weight, text: String, mark: Mark },
    Shape { path: Path, paint: Paint, mark: Mark },
}

impl Op {
    fn mark(&self) -> Mark {
        match self {
            Op::Text { mark, .. } | Op::Shape { mark, .. } => *mark,
        }
    }
}

/// A node of the structure tree under construction.
#[must_use = "every piece of tagged content must be put into the structure tree exactly once"]
pub(super) enum Node {
    Group(Kind, Vec<Node>),
    Leaf(usize),
}

/// The structure types the portal's documents use.
pub(super) enum Kind {
    /// A heading of the given level, with its text as the heading's title.
    Heading(u16, String),
    Paragraph,
    Section,
    Table,
    Row,
    /// A table cell that heads its row.
    RowHeader,
    Cell,
    /// A figure with its alternative text.
    Figure(String),
}

impl Node {
    pub(super) fn group(kind: Kind, children: Vec<Node>) -> Node {
        Node::Group(kind, children)
    }

    pub(super) fn paragraph(children: Vec<Node>) -> Node {
        Node::Group(Kind::Paragraph, children)
    }
}

/// A document being laid out: pages of drawing operations plus the structure tree.
pub(super) struct Doc {
    title: String,
    lang: Option<String>,
    pages: Vec<Vec<Op>>,
    page: usize,
    leaves: usize,
    tree: Vec<Node>,
    outline: Vec<(String, usize, f32)>,
}

impl Doc {
    /// A document with one empty A4 page.
    pub(super) fn new(title: &str, lang: Option<&str>) -> Doc {
        Doc {
            title: clean(title).trim().to_string(),
            lang: lang.map(str::trim).filter(|l| !l.is_empty()).map(str::to_string),
            pages: vec![Vec::new()],
            page: 0,
            leaves: 0,
            tree: Vec::new(),
            outline: Vec::new(),
        }
    }

    /// Starts a new page and draws on it from now on.
    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.page = self.pages.len() - 1;
    }

    pub(super) fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Draws on page `index` (0-based) from now on.
    pub(super) fn select_page(&mut self, index: usize) {
        self.page = index;
    }

    /// Appends a top-level node to the structure tree, in reading order.
    pub(super) fn push(&mut self, node: Node) {
        self.tree.push(node);
    }

    /// Adds an outline (bookmark) entry pointing at `y` on the current page.
    pub(super) fn bookmark(&mut self, text: &str, y: f32) {
        self.outline.push((clean(text), self.page, y));
    }

    fn leaf(&mut self) -> usize {
        self.leaves += 1;
        self.leaves - 1
    }

    /// Draws one line of text with its left end at `x`; returns its leaf for the structure tree.
    pub(super) fn text(&mut self, x: f32, y: f32, size: f32, weight: Weight, text: &str) -> Node {
        let leaf = self.leaf();
        let text = clean(text);
        self.pages[self.page].push(Op::Text { x, y, size, weight, text, mark: Mark::Leaf(leaf) });
        Node::Leaf(leaf)
    }

    /// Draws one line of text with its right end at `right`.
    pub(super) fn text_right(&mut self, right: f32, y: f32, size: f32, weight: Weight, text: &str) -> Node {
        let text = clean(text);
        let x = right - width(&text, size, weight);
        self.text(x, y, size, weight, &text)
    }

    /// Draws lines of text `leading` points apart from the first baseline `y`.
    pub(super) fn lines(&mut self, x: f32, y: f32, size: f32, leading: f32, weight: Weight, lines: &[String]) -> Vec<Node> {
        lines.iter().enumerate().map(|(i, line)| self.text(x, y + i as f32 * leading, size, weight, line)).collect()
    }

    /// Draws text that is decoration or pagination, not content (page numbers).
    pub(super) fn artifact_text_right(&mut self, right: f32, y: f32, size: f32, text: &str) {
        let text = clean(text);
        let x = right - width(&text, size, Weight::Regular);
        let mark = Mark::Artifact(ArtifactType::PageNumber);
        self.pages[self.page].push(Op::Text { x, y, size, weight: Weight::Regular, text, mark });
    }

    /// Strokes a straight line as decoration: `gray` 0 is black, `dash` the dash length if any.
    pub(super) fn rule(&mut self, from: (f32, f32), to: (f32, f32), width: f32, gray: u8, dash: Option<f32>) {
        let mut path = PathBuilder::new();
        path.move_to(from.0, from.1);
        path.line_to(to.0, to.1);
        if let Some(path) = path.finish() {
            let mark = Mark::Artifact(ArtifactType::Layout);
            self.pages[self.page].push(Op::Shape { path, paint: Paint::Stroke { width, dash, gray }, mark });
        }
    }

    /// Fills a path in black, even-odd, as decoration.
    pub(super) fn artifact_fill(&mut self, path: Path) {
        let mark = Mark::Artifact(ArtifactType::Layout);
        self.pages[self.page].push(Op::Shape { path, paint: Paint::Fill { white: false, even_odd: true }, mark });
    }

    /// Fills paths, in order, as one piece of content (a figure's drawing); returns its leaf.
    pub(super) fn figure(&mut self, paths: Vec<(Path, bool)>) -> Node {
        let leaf = self.leaf();
        for (path, white) in paths {
            let paint = Paint::Fill { white, even_odd: false };
            self.pages[self.page].push(Op::Shape { path, paint, mark: Mark::Leaf(leaf) });
        }
        Node::Leaf(leaf)
    }

    /// Writes the PDF: tagged and validated as PDF/UA-1, or, should validation ever fail (a
    /// caller gave no title, say), the same document without the claim, so a letter is never
    /// lost over its metadata.
    pub(super) fn finish(self) -> Vec<u8> {
        match self.render(true) {
            Ok(pdf) => pdf,
            Err(error) => {
                tracing::warn!(?error, title = %self.title, "PDF/UA-1 validation failed; writing an unvalidated PDF");
                self.render(false).expect("krilla writes a PDF without a validator")
            }
        }
    }

    pub(super) fn render(&self, validate: bool) -> Result<Vec<u8>, krilla::error::KrillaError> {
        let mut settings = SerializeSettings { enable_tagging: true, ..SerializeSettings::default() };
        if validate {
            settings.configuration =
                ConfigurationBuilder::new().with_accessibility_validator(Accessibility::UA1).finish().expect("PDF/UA-1 alone is a valid configuration");
        }
        let mut document = Document::new_with(settings);
        let mut ids: Vec<Vec<Identifier>> = (0..self.leaves).map(|_| Vec::new()).collect();
        let page_settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a valid size");
        for ops in &self.pages {
            let mut page = document.start_page_with(page_settings.clone());
            let mut surface = page.surface();
            let mut open: Option<Mark> = None;
            for op in ops {
                let mark = op.mark();
                if open != Some(mark) {
                    if open.is_some() {
                        surface.end_tagged();
                    }
                    let tag = match mark {
                        Mark::Artifact(kind) => ContentTag::Artifact(Artifact::with_kind(kind)),
                        Mark::Leaf(_) if matches!(op, Op::Text { .. }) => ContentTag::Span(SpanTag::empty()),
                        Mark::Leaf(_) => ContentTag::Other,
                    };
                    let id = surface.start_tagged(tag);
                    if let Mark::Leaf(leaf) = mark {
                        ids[leaf].push(id);
                    }
                    open = Some(mark);
                }
                draw(&mut surface, op);
            }
            if open.is_some() {
                surface.end_tagged();
            }
            surface.finish();
            page.finish();
        }

        let mut tree = TagTree::new().with_lang(self.lang.clone());
        for node in &self.tree {
            for child in convert(node, &mut ids) {
                tree.push(child);
            }
        }
        document.set_tag_tree(tree);

        let mut metadata = Metadata::new().title(self.title.clone()).creator("guichet".to_string());
        if let Some(lang) = &self.lang {
            metadata = metadata.language(lang.clone());
        }
        document.set_metadata(metadata);

        let mut outline = Outline::new();
        for (text, page, y) in &self.outline {
            outline.push_child(OutlineNode::new(text.clone(), XyzDestination::new(*page, Point::from_xy(0.0, *y))));
        }
        document.set_outline(outline);
        document.finish()
    }
}

fn draw(surface: &mut Surface, op: &Op) {
    match op {
        Op::Text { x, y, size, weight, text, .. } => {
            let face = face(*weight);
            let glyphs: Vec<KrillaGlyph> = text
                .char_indices()
                .filter_map(|(i, c)| {
                    let (glyph_id, x_advance) = face.glyph(c)?;
                    Some(KrillaGlyph { glyph_id, text_range: i..i + c.len_utf8(), x_advance, x_offset: 0.0, y_offset: 0.0, y_advance: 0.0, location: None })
                })
                .collect();
            surface.set_stroke(None);
            surface.set_fill(Some(Fill::default()));
            surface.draw_glyphs(Point::from_xy(*x, *y), &glyphs, face.pdf.clone(), text, *size, false);
        }
        Op::Shape { path, paint: Paint::Fill { white, even_odd }, .. } => {
            surface.set_stroke(None);
            let color = if *white { luma::Color::white() } else { luma::Color::black() };
            let rule = if *even_odd { FillRule::EvenOdd } else { FillRule::NonZero };
            surface.set_fill(Some(Fill { paint: color.into(), rule, ..Fill::default() }));
            surface.draw_path(path);
        }
        Op::Shape { path, paint: Paint::Stroke { width, dash, gray }, .. } => {
            surface.set_fill(None);
            let dash = dash.map(|d| krilla::paint::StrokeDash { array: vec![d, d], offset: 0.0 });
            let paint = luma::Color::new(*gray).into();
            surface.set_stroke(Some(Stroke { paint, width: *width, dash, ..Stroke::default() }));
            surface.draw_path(path);
        }
    }
}

/// Turns a node into krilla's tag tree nodes; a leaf becomes the identifiers of its content.
fn convert(node: &Node, ids: &mut [Vec<Identifier>]) -> Vec<krilla::tagging::Node> {
    match node {
        Node::Leaf(leaf) => std::mem::take(&mut ids[*leaf]).into_iter().map(Into::into).collect(),
        Node::Group(kind, children) => {
            let tag: TagKind = match kind {
                Kind::Heading(level, title) => Tag::Hn(NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN), Some(clean(title))).into(),
                Kind::Paragraph => Tag::P.into(),
                Kind::Section => Tag::Section.into(),
                Kind::Table => Tag::Table.into(),
                Kind::Row => Tag::TR.into(),
                Kind::RowHeader => Tag::TH(TableHeaderScope::Row).into(),
                Kind::Cell => Tag::TD.into(),
                Kind::Figure(alt) => Tag::Figure(Some(clean(alt))).into(),
            };
            let children = children.iter().flat_map(|child| convert(child, ids)).collect();
            vec![TagGroup::with_children(tag, children).into()]
        }
    }
}

/// A rectangle as a path; `None` if it is empty.
pub(super) fn rect(x: f32, y: f32, w: f32, h: f32) -> Option<Path> {
    let mut path = PathBuilder::new();
    path.push_rect(Rect::from_xywh(x, y, w, h)?);
    path.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_cuts_overlong_words() {
        let lines = wrap("Hundehaltung ohne Leine im Wald", 10.0, Weight::Regular, width("Hundehaltung ohne", 10.0, Weight::Regular) + 0.1);
        assert_eq!(lines, ["Hundehaltung ohne", "Leine im Wald"]);
        let long = "x".repeat(200);
        let lines = wrap(&long, 10.0, Weight::Regular, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, 10.0, Weight::Regular) <= 100.0));
        assert_eq!(lines.concat(), long);
        assert_eq!(wrap("a\n\nb", 10.0, Weight::Regular, 100.0), ["a", "", "b"]);
    }

    #[test]
    fn cleans_what_the_font_cannot_draw() {
        assert_eq!(clean("Zürich\tRüti 🐕\u{7}"), "Zürich Rüti ?");
        assert_eq!(clean("Lörrach – Genève’s “Café” €"), "Lörrach – Genève’s “Café” €");
    }
}
