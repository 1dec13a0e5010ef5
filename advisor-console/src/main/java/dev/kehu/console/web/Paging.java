package dev.kehu.console.web;

/** A list's page ({@code ?page=}, from 0) and whether there is one before it and one after it. */
public record Paging(int page, boolean hasPrevious, boolean hasNext) {

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }
}
