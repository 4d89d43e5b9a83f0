package com.hcpress.content;

/**
 * Who acts in the editors' console: an administrator may do everything, an editor (the global
 * role) writes and publishes in every zone, and anyone may hold roles in single zones
 * ({@link ZoneGrants}). Medical sign-off always needs the zone's medical reviewer role.
 */
public record Staff(long id, String name, boolean administrator, boolean editor) {

    public RevisionAuthor author() {
        return new RevisionAuthor(id, name);
    }
}
