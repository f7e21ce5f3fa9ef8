package vn.ddci.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.YearQuarter;
import vn.ddci.SharedData;
import vn.ddci.framework.Frameworks;
import vn.ddci.plan.Division;
import vn.ddci.plan.Plan;
import vn.ddci.progress.QuarterlyReport;
import vn.ddci.progress.Status;
import vn.ddci.progress.TaskProgress;

/**
 * Truncated and bit-flipped copies of real and generated files: whatever the damage, a reader
 * either reads the file or throws {@link DdciIoException} with a message naming it.
 */
class FuzzTest {
  @TempDir Path dir;

  @Test
  void theLegacyXlsWorkbook() throws IOException {
    byte[] real = Files.readAllBytes(SharedData.require("pci/PCI_2010.xls"));
    fuzz(
        real,
        "xls",
        40,
        file ->
            ResultTableExcel.read(
                file,
                "Tong hop",
                TableOptions.of(Frameworks.PCI_2010_PROVINCES)
                    .withHeaders(ResultTableExcel.PCI_HEADERS)));
  }

  @Test
  void theReportTemplate() throws IOException {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    Division ls = plan.reportingRule().reporters().get(0);
    Path template = dir.resolve("template.xlsx");
    ReportTemplate.write(plan, ls, YearQuarter.of(2024, 1), template);
    fuzz(Files.readAllBytes(template), "xlsx", 40, file -> ReportTemplate.read(file, plan));
  }

  @Test
  void aQuarterlyReportsJson() {
    Plan plan = PlanJsonTest.plan("Kế hoạch", 10);
    QuarterlyReport report =
        QuarterlyReport.builder()
            .division(plan.reportingRule().reporters().get(0))
            .quarter(YearQuarter.of(2024, 1))
            .submitted(LocalDate.of(2024, 4, 5))
            .addEntries(
                TaskProgress.builder().task("2.1").status(Status.IN_PROGRESS).percent(30).build())
            .build();
    fuzz(ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8), "json", 300, ReportJson::read);
  }

  private void fuzz(byte[] original, String extension, int copies, Consumer<Path> reader) {
    Random random = new Random(original.length);
    for (int i = 0; i < copies; i++) {
      byte[] copy;
      if (i % 2 == 0) {
        copy = Arrays.copyOf(original, random.nextInt(original.length));
      } else {
        copy = original.clone();
        for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      Path file = dir.resolve("copy-" + i + "." + extension);
      try {
        Files.write(file, copy);
        reader.accept(file);
      } catch (DdciIoException expected) {
        assertThat(expected.getMessage()).startsWith(file.toString());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }
}
