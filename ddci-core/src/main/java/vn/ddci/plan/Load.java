package vn.ddci.plan;

import static vn.ddci.internal.Checks.checkArgument;

import org.immutables.value.Value;
import vn.ddci.internal.DdciStyle;

/** A division's load in a plan: how many tasks it leads, supports and monitors. */
@Value.Immutable
@DdciStyle
public abstract class Load {

  Load() {}

  /**
   * Returns a load.
   *
   * @param led tasks led
   * @param supported tasks supported
   * @param monitored tasks monitored
   * @return the load
   */
  public static Load of(int led, int supported, int monitored) {
    checkArgument(
        led >= 0 && supported >= 0 && monitored >= 0,
        "a load counts tasks: %s led, %s supported, %s monitored cannot be negative",
        led,
        supported,
        monitored);
    return ImmutableLoad.of(led, supported, monitored);
  }

  /**
   * Returns the number of tasks led.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract int led();

  /**
   * Returns the number of tasks supported.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract int supported();

  /**
   * Returns the number of tasks monitored.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract int monitored();

  @Override
  public String toString() {
    return "Load[lead " + led() + ", support " + supported() + ", monitor " + monitored() + "]";
  }
}
