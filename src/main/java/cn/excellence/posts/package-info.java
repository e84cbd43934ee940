/**
 * 设岗定责 and 一书一卡一簿: posts (岗位) for members without office and their claims, the service pledge (承诺书),
 * the post card (岗位卡) and the residents' evaluation book (功劳簿); answers {@link cn.excellence.shared.stars.ServiceRecords}.
 */
@ApplicationModule(displayName = "Posts", allowedDependencies = {"organization", "shared"})
package cn.excellence.posts;

import org.springframework.modulith.ApplicationModule;
