fn main() {
    guichet::start();
}
