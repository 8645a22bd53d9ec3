package cn.fundrisk.identity;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/**
 * What the top bar of our pages offers the user: only the pages he may open (a unit's staff see no
 * 发件箱 or 单位与人员, which would answer 403; administrators read the outbox), and his name. Added to the model of every page as
 * {@code nav}.
 */
@ControllerAdvice(annotations = Controller.class, basePackages = "cn.fundrisk")
public class Navigation {

    private final PersonNames people;

    public Navigation(PersonNames people) {
        this.people = people;
    }

    /** The links of the top bar: dashboard and units for office, leaders, inspectors; audit for office, leaders, units. */
    public record Nav(String userName, boolean dashboard, boolean ownUnit, boolean units, boolean audit,
            boolean outbox) {
    }

    @ModelAttribute("nav")
    public Nav nav() {
        CurrentUser user;
        try {
            user = CurrentUser.get();
        } catch (IllegalStateException notOnOurPaths) {
            return null;
        }
        boolean unitMember = !user.unitCodes().isEmpty();
        return of(user, people.name(user.id()), unitMember);
    }

    static Nav of(CurrentUser user, String name, boolean unitMember) {
        return new Nav(name, user.seesAllUnits(), unitMember && !user.seesAllUnits(), user.seesAllUnits(),
                user.isOffice() || user.inGroup(Groups.LEADERS) || unitMember,
                user.isOffice() || user.inGroup(Groups.CAMUNDA_ADMIN));
    }
}
