fn main() {
    // Readable panics while developing; release builds leave the hook out to stay small.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    guichet::start();
}
