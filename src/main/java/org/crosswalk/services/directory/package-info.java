/**
 * The partner directory: organizations, their services, locations, weekly hours and languages,
 * searchable by caseworkers and maintained by administrators and each partner's own staff.
 * {@link org.crosswalk.services.directory.Directory} and
 * {@link org.crosswalk.services.directory.DirectoryBatch} are its public face.
 */
@org.springframework.modulith.NamedInterface("directory")
package org.crosswalk.services.directory;
