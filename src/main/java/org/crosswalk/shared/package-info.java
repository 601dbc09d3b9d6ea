/** Small value types every module may use: typed IDs, money, the personal-data event. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.crosswalk.shared;
