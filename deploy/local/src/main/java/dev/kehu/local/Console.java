package dev.kehu.local;

/** What the person at the terminal sees. Infrastructure chatter goes to logs/infra.log instead. */
final class Console {

    private Console() {
    }

    static void say(String message) {
        System.out.println("kehu: " + message);
        System.out.flush();
    }

    static void print(String text) {
        System.out.println(text);
        System.out.flush();
    }
}
