package dev.kehu.eventstore.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.eventstore.problem.ProblemException;

class PageRequestTest {

    @ParameterizedTest(name = "page {0}, size {1}: offset {2}")
    @CsvSource({"0, , 0", "5000, , 100000", "1000, 100, 100000", "100000, 1, 100000", "3, 7, 21"})
    void aPageUpToTheLimitIsServedAndItsOffsetFitsAnInt(String page, String size, int offset) {
        assertEquals(offset, PageRequest.parse(page, size).offset());
    }

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"2147483647, ", "2147483647, 100", "1001, 100", "5001, ", "100001, 1", "21474837, 100"})
    void aPageBeyondTheLimitIsA400NamingPage(String page, String size) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.parse(page, size));
        assertEquals(400, e.problem().status());
        assertEquals("page", e.problem().errors().get(0).field());
    }
}
