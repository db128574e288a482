package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example is compiled against the real modules and run, so it can never drift
 * from the API. The snippet's {@code import} lines become the class's imports and the rest its
 * method body.
 */
class ReadmeSnippetTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void readmeExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
    String snippet = readmeJavaBlock();
    assertThat(snippet.lines().count()).as("README example length").isLessThanOrEqualTo(25);

    Path source = dir.resolve("ReadmeSnippet.java");
    Files.writeString(source, wrap(snippet), StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            source.toString());
    assertThat(status).as("javac exit status for the README example").isZero();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method run = loader.loadClass("ReadmeSnippet").getMethod("run");
      run.invoke(null);
    }
  }

  private static String readmeJavaBlock() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    assertThat(matcher.find()).as("README.md has a ```java example").isTrue();
    return matcher.group(1);
  }

  private static String wrap(String snippet) {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).add(line);
    }
    return String.join("\n", imports)
        + "\npublic class ReadmeSnippet {\n  public static void run() throws Exception {\n"
        + String.join("\n", body)
        + "\n  }\n}\n";
  }
}
