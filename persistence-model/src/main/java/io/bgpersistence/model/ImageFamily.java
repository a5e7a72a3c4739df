package io.bgpersistence.model;

/** Which of the bus writer images a writer type runs. */
public enum ImageFamily {
  GO(Setting.BUS_WRITER_IMAGE_GO),
  PYTHON(Setting.BUS_WRITER_IMAGE_PYTHON),
  BSWL(Setting.BUS_WRITER_IMAGE_BSWL),
  RUST(Setting.BUS_WRITER_IMAGE_RUST);

  private final Setting imageSetting;

  ImageFamily(Setting imageSetting) {
    this.imageSetting = imageSetting;
  }

  /** The setting that holds this family's image reference. */
  public Setting imageSetting() {
    return imageSetting;
  }
}
