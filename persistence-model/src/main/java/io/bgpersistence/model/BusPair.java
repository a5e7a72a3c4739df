package io.bgpersistence.model;

import java.util.List;

/**
 * Two settings that name one bus: its subscription and its topic. Under Kafka they must be the
 * same topic name; under Pub/Sub they are different resources.
 *
 * @param subscription the setting the bus's readers subscribe with
 * @param topic the setting that names the bus's topic
 */
public record BusPair(Setting subscription, Setting topic) {
  /** Every bus that has both settings. */
  public static final List<BusPair> ALL = List.of(

      new BusPair(Setting.METRICS_BUS_SUBSCRIPTION_ID, Setting.METRICS_BUS_TOPIC_ID),
      new BusPair(Setting.BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID, Setting.BIGQUERY_STREAMING_WRITE_TOPIC),
      new BusPair(Setting.BIGQUERY_PARQUET_UPLOAD_SUBSCRIPTION_ID, Setting.BIGQUERY_UPLOAD_TOPIC));
}
