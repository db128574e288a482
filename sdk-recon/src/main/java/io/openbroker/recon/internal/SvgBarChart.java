package io.openbroker.recon.internal;

import java.util.List;
import java.util.Locale;

/**
 * A plain vertical bar chart as inline SVG: no scripts, no external assets, readable offline and in
 * any mail client that shows HTML.
 */
public final class SvgBarChart {

  private static final int HEIGHT = 220;
  private static final int TOP = 20;
  private static final int BOTTOM = 60;

  private SvgBarChart() {}

  /** A chart of {@code values} under {@code labels}, titled {@code title}. */
  public static String render(String title, List<String> labels, List<Long> values, int barWidth) {
    long max = 1;
    for (long v : values) {
      max = Math.max(max, v);
    }
    int gap = Math.max(4, barWidth / 4);
    int width = 40 + labels.size() * (barWidth + gap);
    int plot = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder(1024);
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"%s\">%n<title>%s</title>%n",
            width,
            HEIGHT,
            Html.escape(title),
            Html.escape(title)));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"30\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n",
            TOP + plot,
            width,
            TOP + plot));
    for (int i = 0; i < labels.size(); i++) {
      long v = values.get(i);
      int h = (int) (v * plot / max);
      int x = 36 + i * (barWidth + gap);
      int y = TOP + plot - h;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#c0392b\"><title>%s: %d"
                  + "</title></rect>%n",
              x,
              y,
              barWidth,
              h,
              Html.escape(labels.get(i)),
              v));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%d</text>%n",
              x + barWidth / 2,
              y - 3,
              v));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-40 %d"
                  + " %d)\">%s</text>%n",
              x + barWidth / 2,
              TOP + plot + 12,
              x + barWidth / 2,
              TOP + plot + 12,
              Html.escape(labels.get(i))));
    }
    return svg.append("</svg>\n").toString();
  }
}
