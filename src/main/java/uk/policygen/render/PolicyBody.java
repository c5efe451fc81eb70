package uk.policygen.render;

import java.util.List;

import org.jsoup.nodes.Element;

/** A document's numbered body and its contents list (also the PDF's bookmarks). */
public record PolicyBody(Element html, List<Heading> contents) {

    /** One contents entry: a part, a section or an appendix. */
    public record Heading(String id, String number, String title, int level) {
        /** "3 Staff use of mobile and smart technology", or the title alone. */
        public String label() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }
}
