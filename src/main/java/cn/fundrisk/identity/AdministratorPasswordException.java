package cn.fundrisk.identity;

/** The prod profile was started without a usable administrator password; see {@link AdministratorAccount}. */
public class AdministratorPasswordException extends IllegalStateException {

    public AdministratorPasswordException(String message) {
        super(message);
    }
}
