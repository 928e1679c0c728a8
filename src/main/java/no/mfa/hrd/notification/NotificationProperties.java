package no.mfa.hrd.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tasklistUrl where staff open Tasklist; links point at the case's tasks there
 * @param from the sender address of notifications
 */
@ConfigurationProperties("hrd.notification")
public record NotificationProperties(String tasklistUrl, String from) {
}
