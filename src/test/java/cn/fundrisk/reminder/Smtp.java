package cn.fundrisk.reminder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server for the reminder tests, on a port the OS picks (other tests run
 * concurrently on the machine); it can be stopped and started again on the same port.
 */
public final class Smtp {

    private static GreenMail server = start(0);
    private static final int PORT = server.getSmtp().getPort();

    private Smtp() {
    }

    private static GreenMail start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        GreenMail mail = new GreenMail(setup);
        mail.start();
        return mail;
    }

    public static int port() {
        return PORT;
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = start(PORT);
    }

    public static synchronized void purge() throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    public static synchronized List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** Every message received, as "recipient|subject" (decoded), in arrival order. */
    public static List<String> deliveries() throws MessagingException {
        List<String> result = new ArrayList<>();
        for (MimeMessage message : received()) {
            result.add(message.getAllRecipients()[0].toString().toLowerCase() + "|" + message.getSubject());
        }
        return result;
    }

    /** The messages to one address. */
    public static List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage message : received()) {
            if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                result.add(message);
            }
        }
        return result;
    }

    /** The messages to one address whose subject contains the text. */
    public static List<MimeMessage> to(String address, String subjectPart) throws MessagingException {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage message : to(address)) {
            if (message.getSubject().contains(subjectPart)) {
                result.add(message);
            }
        }
        return result;
    }

    /** The decoded text/plain part of a multipart/alternative message. */
    public static String text(MimeMessage message) throws MessagingException, IOException {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) throws MessagingException, IOException {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            String found = find(multipart, type);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no " + type + " part in " + message.getSubject());
    }

    private static String find(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        return null;
    }
}
