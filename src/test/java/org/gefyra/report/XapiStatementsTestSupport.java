package org.gefyra.report;

import java.util.Optional;
import org.gefyra.shared.TestDatabase;

/** Counts the statements a world's administrator gets, page by page. */
final class XapiStatementsTestSupport {

    private XapiStatementsTestSupport() {
    }

    static int count(TestDatabase db, ReportWorld world) {
        int count = 0;
        Optional<XapiQuery> query = Optional.of(new XapiQuery(null, null, 100, true, null));
        while (query.isPresent()) {
            XapiQuery asked = query.get();
            XapiStatements.Page page = db.inTransaction(() -> world.statements.page(world.admin(), asked, ReportWorld.BASE));
            page.statements().forEach(s -> XapiStatementsTest.assertValid(s));
            count += page.statements().size();
            query = page.next();
        }
        return count;
    }
}
