package io.bgpersistence.model;

import java.util.List;

/**
 * Two settings that name one bus: a subscription and the topic it reads (the result bus has three
 * subscriptions on one topic). Under Kafka they must be the
 * same topic name; under Pub/Sub they are different resources.
 */
public record BusPair(Setting subscription, Setting topic) {
  /** Every bus the format names both ends of. */
  public static final List<BusPair> ALL = List.of(
      new BusPair(Setting.RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID, Setting.RESULT_BUS_TOPIC_ID),
      new BusPair(Setting.RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID, Setting.RESULT_BUS_TOPIC_ID),
      new BusPair(Setting.RESULT_BUS_METRICS_SUBSCRIPTION_ID, Setting.RESULT_BUS_TOPIC_ID),
      new BusPair(Setting.METRICS_BUS_SUBSCRIPTION_ID, Setting.METRICS_BUS_TOPIC_ID),
      new BusPair(Setting.BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID, Setting.BIGQUERY_STREAMING_WRITE_TOPIC),
      new BusPair(Setting.BIGQUERY_PARQUET_UPLOAD_SUBSCRIPTION_ID, Setting.BQ_UPLOAD_TOPIC),
      new BusPair(Setting.QUERY_LOG_SUBSCRIPTION_ID, Setting.QUERY_LOG_RESULT_TOPIC),
      new BusPair(Setting.USAGE_EVENTS_SUBSCRIPTION_ID, Setting.USAGE_BUS_TOPIC_ID));
}
