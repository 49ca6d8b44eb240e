//! The letterhead every letter of an authority opens with (the receipt and the invoice), and
//! the margins of its A4 pages: the authority top left, the addressee where the window of a
//! right-window envelope shows it, and the date line below them.

use super::writer::{self, Doc, Node, Weight, MM, PAGE_HEIGHT};
use super::Party;

pub(super) const LEFT: f32 = 25.0 * MM;
pub(super) const RIGHT: f32 = 190.0 * MM;
pub(super) const TOP: f32 = 20.0 * MM;
pub(super) const BOTTOM: f32 = PAGE_HEIGHT - 22.0 * MM;
/// Where the letter's own content (its title) begins, below the letterhead.
pub(super) const BODY_TOP: f32 = 100.0 * MM;

/// Draws the letterhead on the current page: `sender`'s lines with its name in bold, the
/// `addressee`'s in the envelope window, then `date` as it should read ("Luzern, 14. März 2025").
pub(super) fn letterhead(doc: &mut Doc, sender: &Party, addressee: &Party, date: &str) {
    let mut from = Vec::new();
    for (i, line) in sender.lines().iter().enumerate() {
        let weight = if i == 0 { Weight::Bold } else { Weight::Regular };
        from.push(doc.text(LEFT, TOP + writer::ascent(11.0) + i as f32 * 14.0, 11.0, weight, line));
    }
    doc.push(Node::paragraph(from));
    let to = doc.lines(120.0 * MM, 52.0 * MM, 11.0, 14.0, Weight::Regular, &addressee.lines());
    doc.push(Node::paragraph(to));
    let date = doc.text(LEFT, 92.0 * MM, 11.0, Weight::Regular, date);
    doc.push(Node::paragraph(vec![date]));
}
