package io.pulse.messaging.autoresponse.model;

import java.util.UUID;

/** A sender the user knows ({@code message_auto_response_contacts}): by address (lower case), by id, or both. */
public class Contact extends OwnedRow {

    private String email;

    private UUID senderId;

    private String name;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public UUID getSenderId() { return senderId; }
    public void setSenderId(UUID senderId) { this.senderId = senderId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
