package org.crosswalk.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StaffUser loadUserByUsername(String username) {
        return jdbc.sql("""
                        select id, username, display_name, role, agency_id, region_id, password_hash, enabled
                          from access.staff_user
                         where lower(username) = lower(:username)
                        """)
                .param("username", username)
                .query((rs, n) -> new StaffUser(
                        new Viewer(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")), (Long) rs.getObject("agency_id"),
                                (Long) rs.getObject("region_id")),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
