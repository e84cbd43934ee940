/**
 * 党员培训 (千名党员产业带头人示范工程): courses (proposed by a township in the TrainingPlan process and approved by org-dept,
 * or created directly), attendance recorded one by one or imported from Excel, person-times and hours in figures.
 */
@ApplicationModule(displayName = "Training", allowedDependencies = {"organization", "shared"})
package cn.excellence.training;

import org.springframework.modulith.ApplicationModule;
