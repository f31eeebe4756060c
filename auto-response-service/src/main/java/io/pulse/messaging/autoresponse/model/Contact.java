package io.pulse.messaging.autoresponse.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.pulse.messaging.common.orm.OwnedEntity;

/** A sender the user knows ({@code message_auto_response_contacts}): by address (lower case), by id, or both. */
@Entity
@Table(name = "message_auto_response_contacts")
public class Contact extends OwnedEntity {

    @Column(name = "email", columnDefinition = "text")
    private String email;

    @Column(name = "sender_id")
    private UUID senderId;

    @Column(name = "name", columnDefinition = "text")
    private String name;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public UUID getSenderId() { return senderId; }
    public void setSenderId(UUID senderId) { this.senderId = senderId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
