package io.bgpersistence.model;

/** Which of the three bus writer images a writer type runs. */
public enum ImageFamily {
  /** The Go bus writer: {@code bus_writer_image_go}. */
  GO(Setting.BUS_WRITER_IMAGE_GO),
  /** The Python bus writer: {@code bus_writer_image_python}. */
  PYTHON(Setting.BUS_WRITER_IMAGE_PYTHON),
  /** The BigQuery streaming-write loader: {@code bus_writer_image_bswl}. */
  BSWL(Setting.BUS_WRITER_IMAGE_BSWL);

  private final Setting imageSetting;

  ImageFamily(Setting imageSetting) {
    this.imageSetting = imageSetting;
  }

  /**
   * The setting that holds this family's image reference.
   *
   * @return the image setting
   */

  public Setting imageSetting() {
    return imageSetting;
  }
}
