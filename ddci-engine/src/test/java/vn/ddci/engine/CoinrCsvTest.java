package vn.ddci.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ddci.io.DdciIoException;

/** Reading COINr's iMeta.csv and iData.csv: a valid pair, and each bad file refused by name. */
class CoinrCsvTest {
  @TempDir Path dir;

  private static final String META =
      String.join(
          "\n",
          "iCode,iName,Type,Parent,Weight,Direction,Unit,Target,Denominator,Level",
          "Index,The index,Aggregate,,1,1,,,,3",
          "Conn,Connectivity,Aggregate,Index,2,1,,,,2",
          "Sust,Sustainability,Aggregate,Index,1,1,,,,2",
          "Flights,Flights,Indicator,Conn,1,1,per capita,,Population,1",
          "LPI,Logistics,Indicator,Conn,0.5,1,,5,,1",
          "Forest,Forest loss,Indicator,Sust,1,-1,%,,,1",
          "Population,Population,Denominator,,,,,,,",
          "EurAsia_group,Group,Group,,,,,,,",
          "");

  private static final String DATA =
      String.join(
          "\n",
          "uCode,uName,Time,EurAsia_group,Population,Flights,LPI,Forest",
          "AUT,Austria,2018,Europe,8.8,30.1,4.0,0.1",
          "LAO,Lao PDR,2018,Asia,7.1,NA,2.5,",
          "SGP,Singapore,2018,Asia,5.6,80,4.1,0.3",
          "");

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private IndexInput read(String data, String meta) throws IOException {
    return CoinrCsv.read(file("iData.csv", data), file("iMeta.csv", meta));
  }

  private DdciIoException readFailing(String data, String meta) throws IOException {
    Path d = file("iData.csv", data);
    Path m = file("iMeta.csv", meta);
    Throwable t = catchThrowable(() -> CoinrCsv.read(d, m));
    assertThat(t).isInstanceOf(DdciIoException.class);
    return (DdciIoException) t;
  }

  // ---------------------------------------------------------------- a valid pair

  @Test
  void filesSavedWithAByteOrderMark_readAsWithout() throws IOException {
    IndexInput plain = read(DATA, META);

    IndexInput marked = read("\uFEFF" + DATA, "\uFEFF" + META);

    assertThat(marked).isEqualTo(plain);
  }

  @Test
  void validFiles_giveTheTreeWithItsWeightsDirectionsTargetsAndDenominators() throws IOException {
    IndicatorTree tree = read(DATA, META).tree();

    assertThat(tree.root().code()).isEqualTo("Index");
    assertThat(tree.level("Index")).isEqualTo(3);
    assertThat(tree.children("Conn")).extracting(Node::code).containsExactly("Flights", "LPI");
    assertThat(tree.node("Conn").weight()).isEqualTo(2.0);
    assertThat(tree.node("LPI").weight()).isEqualTo(0.5);
    assertThat(tree.node("LPI").target()).hasValue(5.0);
    assertThat(tree.node("Forest").direction()).isEqualTo(Direction.NEGATIVE);
    assertThat(tree.node("Forest").unitOfMeasure()).contains("%");
    assertThat(tree.node("Flights").denominator()).contains("Population");
    assertThat(tree.node("Sust").name()).isEqualTo("Sustainability");
    assertThat(tree.indicators())
        .extracting(Node::code)
        .containsExactly("Flights", "LPI", "Forest");
  }

  @Test
  void validFiles_giveTheDataWithMissingValuesGroupsAndDenominators() throws IOException {
    Dataset d = read(DATA, META).data();

    assertThat(d.units()).containsExactly("AUT", "LAO", "SGP");
    assertThat(d.name("LAO")).contains("Lao PDR");
    assertThat(d.value("Flights", "SGP")).hasValue(80.0);
    assertThat(d.value("Flights", "LAO")).isEmpty();
    assertThat(d.value("Forest", "LAO")).isEmpty();
    assertThat(d.value("Population", "AUT")).hasValue(8.8);
    assertThat(d.group("EurAsia_group", "LAO")).contains("Asia");
    assertThat(d.columns()).doesNotContain("Time", "uName");
  }

  @Test
  void theDataAgainstATreeGivenInCode_isReadAsAgainstItsIMeta() throws IOException {
    IndexInput withMeta = read(DATA, META);
    Path data = file("iData.csv", DATA);

    IndexInput withTree = CoinrCsv.read(data, withMeta.tree(), java.util.Set.of("EurAsia_group"));

    assertThat(withTree.tree()).isEqualTo(withMeta.tree());
    assertThat(withTree.data()).isEqualTo(withMeta.data());
    Throwable noGroup =
        catchThrowable(() -> CoinrCsv.read(data, withMeta.tree(), java.util.Set.of()));
    assertThat(noGroup).isInstanceOf(DdciIoException.class).hasMessageContaining("EurAsia_group");
  }

  @Test
  void validFiles_runThroughAPipeline() throws IOException {
    Build b =
        read(DATA, META)
            .run(
                Pipeline.of(
                    Denominate.of(),
                    Impute.groupMean("EurAsia_group"),
                    Normalise.minMax(0, 100),
                    Aggregate.of(
                        Aggregate.Mean.ARITHMETIC, Aggregate.MissingChildren.RENORMALISE)));

    // LAO: Flights and Forest imputed with SGP's, the other Asian unit: 80 / 5.6 and 0.3
    assertThat(b.stage("Imputed").dataset().value("Flights", "LAO")).hasValue(80 / 5.6);
    assertThat(b.stage("Imputed").dataset().value("Forest", "LAO")).hasValue(0.3);
    assertThat(b.scores().score("Index", "SGP")).isPresent();
  }

  // ---------------------------------------------------------------- bad iData

  @Test
  void unitGivenTwice_isRefusedNamingItAndBothRows() throws IOException {
    DdciIoException e = readFailing(DATA + "AUT,Austria again,2018,Europe,1,1,1,1\n", META);

    assertThat(e.getMessage()).contains("iData.csv", "row 5", "AUT", "twice", "row 2");
    assertThat(e.column()).contains("uCode");
  }

  @Test
  void cellThatIsNoNumber_isRefusedNamingRowColumnAndValue() throws IOException {
    DdciIoException e = readFailing(DATA.replace("4.1", "abc"), META);

    assertThat(e.getMessage()).contains("iData.csv", "row 4", "LPI", "\"abc\"", "not a number");
    assertThat(e.row()).hasValue(4);
    assertThat(e.column()).contains("LPI");
    assertThat(e.value()).contains("abc");
  }

  @Test
  void infiniteCell_isRefusedNamingIt() throws IOException {
    DdciIoException e = readFailing(DATA.replace("30.1", "Infinity"), META);

    assertThat(e.getMessage()).contains("Flights", "Infinity", "not a finite number");
  }

  @Test
  void columnWithoutAnIMetaRow_isRefusedNamingIt() throws IOException {
    String data =
        DATA.replace("Forest\n", "Forest,Extra\n")
            .replace("0.1\n", "0.1,1\n")
            .replace("2.5,\n", "2.5,,1\n")
            .replace("0.3\n", "0.3,1\n");

    DdciIoException e = readFailing(data, META);

    assertThat(e.getMessage()).contains("column Extra", "no row in iMeta");
  }

  @Test
  void indicatorOfIMetaWithoutAColumn_isRefusedNamingIt() throws IOException {
    String data =
        String.join(
            "\n", "uCode,EurAsia_group,Population,Flights,LPI", "AUT,Europe,8.8,30.1,4.0", "");

    DdciIoException e = readFailing(data, META);

    assertThat(e.getMessage()).contains("iData.csv", "Forest");
  }

  @Test
  void columnNamedTwiceInTheDataHeader_isRefusedNamingIt() throws IOException {
    String data =
        DATA.replace("Forest\n", "Forest,LPI\n")
            .replace("0.1\n", "0.1,1\n")
            .replace("2.5,\n", "2.5,,1\n")
            .replace("0.3\n", "0.3,1\n");

    DdciIoException e = readFailing(data, META);

    assertThat(e.getMessage()).contains("iData.csv", "row 1", "LPI", "named twice");
    assertThat(e.column()).contains("LPI");
  }

  @Test
  void columnNamedTwiceInTheMetaHeader_isRefusedNamingIt() throws IOException {
    String meta = META.replaceFirst("Level\n", "Level,Weight\n");

    DdciIoException e = readFailing(DATA, meta);

    assertThat(e.getMessage()).contains("iMeta.csv", "row 1", "Weight", "named twice");
  }

  @Test
  void rowOfTheWrongLength_isRefusedNamingTheRow() throws IOException {
    DdciIoException e = readFailing(DATA + "KOR,Korea,2018\n", META);

    assertThat(e.getMessage()).contains("row 5", "3 cells for 8 columns");
  }

  @Test
  void dataWithAHeaderOnly_isRefused() throws IOException {
    DdciIoException e = readFailing(DATA.substring(0, DATA.indexOf('\n') + 1), META);

    assertThat(e.getMessage()).contains("iData.csv", "no unit");
  }

  @Test
  void absentFile_isRefusedNamingIt() throws IOException {
    Path m = file("iMeta.csv", META);
    Path absent = dir.resolve("nowhere.csv");

    assertThatThrownBy(() -> CoinrCsv.read(absent, m))
        .isInstanceOf(DdciIoException.class)
        .hasMessageContainingAll("nowhere.csv", "cannot be read");
  }

  // ---------------------------------------------------------------- bad iMeta

  @Test
  void directionOfTwo_isRefusedNamingRowColumnAndValue() throws IOException {
    DdciIoException e =
        readFailing(
            DATA,
            META.replace("Forest loss,Indicator,Sust,1,-1", "Forest loss,Indicator,Sust,1,2"));

    assertThat(e.getMessage()).contains("iMeta.csv", "row 7", "Direction", "\"2\"");
    assertThat(e.column()).contains("Direction");
  }

  @Test
  void levelThatDisagreesWithTheTree_isRefusedNamingTheNodeAndBothLevels() throws IOException {
    DdciIoException e =
        readFailing(
            DATA,
            META.replace(
                "Connectivity,Aggregate,Index,2,1,,,,2", "Connectivity,Aggregate,Index,2,1,,,,3"));

    assertThat(e.getMessage())
        .contains("iMeta.csv", "row 3", "Level", "\"3\"", "Conn is at level 2");
  }

  @Test
  void codeGivenTwice_isRefusedNamingIt() throws IOException {
    DdciIoException e = readFailing(DATA, META + "LPI,Again,Indicator,Sust,1,1,,,,1\n");

    assertThat(e.getMessage()).contains("iMeta.csv", "row 10", "LPI", "twice", "row 6");
  }

  @Test
  void orphanInIMeta_isRefusedNamingTheNodeAndItsParent() throws IOException {
    DdciIoException e =
        readFailing(
            DATA, META.replace("Forest loss,Indicator,Sust", "Forest loss,Indicator,Environ"));

    assertThat(e.getMessage()).contains("iMeta.csv", "Forest", "Environ", "orphan");
  }

  @Test
  void negativeWeight_isRefusedNamingRowAndNode() throws IOException {
    DdciIoException e =
        readFailing(
            DATA, META.replace("Logistics,Indicator,Conn,0.5", "Logistics,Indicator,Conn,-0.5"));

    assertThat(e.getMessage()).contains("iMeta.csv", "row 6", "LPI", "-0.5");
  }

  @Test
  void unknownType_isRefusedNamingIt() throws IOException {
    DdciIoException e =
        readFailing(DATA, META.replace("Forest loss,Indicator", "Forest loss,Indicatr"));

    assertThat(e.getMessage()).contains("iMeta.csv", "row 7", "Type", "Indicatr");
  }

  @Test
  void metaWithoutACodeColumn_isRefused() throws IOException {
    DdciIoException e = readFailing(DATA, META.replaceFirst("iCode", "Code"));

    assertThat(e.getMessage()).contains("iMeta.csv", "row 1", "iCode");
  }
}
