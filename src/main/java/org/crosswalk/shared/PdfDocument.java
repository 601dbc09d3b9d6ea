package org.crosswalk.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * An HTML page as PDF bytes, so a printable page and its PDF are the same page: render the page's
 * template to a string and pass it here. The HTML may be ordinary HTML5 (it is parsed with jsoup);
 * styles must be inside the page (a {@code <style>} element): nothing is fetched. Paged-media CSS
 * ({@code @page { size: letter; margin: 2cm }}) sets the paper. Text uses the standard PDF fonts,
 * which cover Latin-1 (English and Spanish names); other scripts would need an embedded font.
 */
public final class PdfDocument {

    static {
        // openhtmltopdf logs every render (and CSS it skips, such as screen-only media queries) to the
        // console through its own java.util.logging handlers; a web application does not want that.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfDocument() {
    }

    public static byte[] fromHtml(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the page as PDF", e);
        }
    }
}
