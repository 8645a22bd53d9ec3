package cn.fundrisk.process;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input from a user, with a Chinese message for them. Thrown inside the engine's transaction,
 * so nothing of the change is saved; Camunda's REST API and our own answer it with 400.
 */
public class InputRejectedException extends BadUserRequestException {

    public InputRejectedException(String message) {
        super(message);
    }
}
