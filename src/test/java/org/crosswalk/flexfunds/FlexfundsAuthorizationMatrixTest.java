package org.crosswalk.flexfunds;

import java.util.List;
import org.crosswalk.support.AccessMatrix;

/**
 * The flexible-funds rows of the authorization matrix: a family's requests and the request form,
 * for every role and consent state. Partner staff may read a shared family yet see no request
 * (403), like analysts and administrators; a family out of reach is 404. Allowed changes are sent
 * invalid, so they change nothing.
 */
class FlexfundsAuthorizationMatrixTest extends AccessMatrix {

    @Override
    protected List<Route> routes() {
        return List.of(
                Route.page("GET", "/households/{id}/flex", Needs.EDIT, 200, null),
                Route.page("POST", "/households/{id}/flex/requests", Needs.EDIT, 200, "category=&amount=&payee=&reason=&idempotencyKey=mx-page"),
                Route.api("GET", "/api/households/{id}/flex", Needs.EDIT, 200, null),
                Route.api("POST", "/api/households/{id}/flex/requests", Needs.EDIT, 400,
                        "{\"category\":\"YACHT\",\"amount\":\"10\",\"idempotencyKey\":\"mx-api\"}"));
    }
}
