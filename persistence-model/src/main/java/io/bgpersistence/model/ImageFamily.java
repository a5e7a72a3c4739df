package io.bgpersistence.model;

/** Which of the bus writer images a writer type runs. */
public enum ImageFamily {
  /** {@code bus_writer_image_go}. */
  GO(Setting.BUS_WRITER_IMAGE_GO),
  /** {@code bus_writer_image_python}. */
  PYTHON(Setting.BUS_WRITER_IMAGE_PYTHON),
  /** {@code bus_writer_image_bswl}: the BigQuery streaming write loader. */
  BSWL(Setting.BUS_WRITER_IMAGE_BSWL),
  /** {@code bus_writer_image_rust}. */
  RUST(Setting.BUS_WRITER_IMAGE_RUST);

  private final Setting imageSetting;

  ImageFamily(Setting imageSetting) {
    this.imageSetting = imageSetting;
  }

  /** {@return the setting that holds this family's image reference} */
  public Setting imageSetting() {
    return imageSetting;
  }
}
